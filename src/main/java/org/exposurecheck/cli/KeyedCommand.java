package org.exposurecheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "keyed", description = "Create the keyed-service key and run the keyed service (docs/keyed-tier.md).",
        subcommands = {KeyedKeygenCommand.class, KeyedServeCommand.class})
final class KeyedCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
