package org.exposurecheck.ui.common;

/**
 * The one place in the app that creates threads ({@code ArchitectureTest} holds every other class in {@code ui} to
 * that): {@link Jobs} runs long work with progress here, and so does work a person never waits on or cancels, such
 * as the start-up answers begun before the toolkit (decision 20). Knows no JavaFX, so it may run before the toolkit
 * starts. Every thread is a daemon: background work never keeps a closed window's process alive.
 */
public final class Background {
    private Background() {
    }

    /** Runs {@code work} on a new daemon thread named {@code name}. */
    public static void run(String name, Runnable work) {
        start(name, work, Thread.NORM_PRIORITY);
    }

    /** The same at the lowest priority, for work that only makes a later step quicker. */
    public static void runWhenIdle(String name, Runnable work) {
        start(name, work, Thread.MIN_PRIORITY);
    }

    private static void start(String name, Runnable work, int priority) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(priority);
        thread.start();
    }
}
