package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.PackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the installed packs.")
final class PackListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PackStore store = dataDir.openStore()) {
            List<InstalledPack> packs = store.installed();
            if (packs.isEmpty()) {
                out.println("No packs installed in " + store.root() + "; checks use the bundled demo pack (fictional data).");
            }
            for (InstalledPack pack : packs) {
                out.println(pack.id() + "  " + pack.title() + "  sequence " + pack.sequence() + "  " + pack.recordCount()
                        + " records  expires " + pack.expires().toString().substring(0, 10) + "  publisher " + pack.publisherFingerprint()
                        + (pack.demo() ? "  [demo]" : ""));
            }
        }
        return 0;
    }
}
