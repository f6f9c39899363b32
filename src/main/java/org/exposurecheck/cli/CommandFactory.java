package org.exposurecheck.cli;

import java.lang.reflect.Constructor;
import java.time.Clock;
import picocli.CommandLine;

/** Creates commands, handing the clock to those that need one, so tests can fix "now". */
final class CommandFactory implements CommandLine.IFactory {
    private final Clock clock;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Clock.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(clock));
            }
        }
        return fallback.create(type);
    }
}
