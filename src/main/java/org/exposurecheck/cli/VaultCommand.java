package org.exposurecheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "vault", description = "Keep profiles in a passphrase-encrypted vault (your choice) and re-check them: what is new since the last check.",
        subcommands = {VaultInitCommand.class, VaultAddCommand.class, VaultListCommand.class, VaultCheckCommand.class,
                VaultTickCommand.class, VaultRemoveCommand.class, VaultForgetCommand.class})
final class VaultCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
