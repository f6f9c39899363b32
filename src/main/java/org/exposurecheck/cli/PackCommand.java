package org.exposurecheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "pack", description = "Build, verify, audit and install dataset packs.",
        subcommands = {PackBuildCommand.class, PackVerifyCommand.class, PackAuditCommand.class, PackInstallCommand.class,
                PackListCommand.class, PackRemoveCommand.class, PackReindexCommand.class})
final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
