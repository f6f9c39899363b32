package org.exposurecheck.cli;

import java.util.concurrent.Callable;
import org.exposurecheck.store.PackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Remove an installed pack (its publisher stays pinned).")
final class PackRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "PACK-ID")
    String packId;

    @Override
    public Integer call() throws Exception {
        try (PackStore store = dataDir.openStore()) {
            if (!store.remove(packId)) {
                throw new UserError("No pack with id " + packId + " is installed.");
            }
        }
        spec.commandLine().getOut().println("Removed " + packId + ".");
        return 0;
    }
}
