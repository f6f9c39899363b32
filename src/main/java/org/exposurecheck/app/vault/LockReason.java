package org.exposurecheck.app.vault;

/** Why an unlocked vault was locked, so the screen can say it ("locked after 10 minutes without use"). */
public enum LockReason {
    /** The person locked it. */
    ASKED,
    /** Nobody used the app for the idle time. */
    IDLE,
    /** Quick exit, or the window closing. */
    QUICK_EXIT
}
