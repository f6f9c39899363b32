package org.exposurecheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Fictional data for demos, tests and training.", subcommands = DemoGenerateCommand.class)
final class DemoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
