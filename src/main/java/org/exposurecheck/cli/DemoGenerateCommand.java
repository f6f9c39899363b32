package org.exposurecheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exposurecheck.demo.SyntheticDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Write fictional leak records, personas and ground truth (fictional people only).")
final class DemoGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--records", required = true, paramLabel = "N", description = "Number of leak records.")
    int records;

    @Option(names = "--personas", required = true, paramLabel = "M", description = "Number of personas (exposed, hard negatives, absent).")
    int personas;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write records.jsonl, records.csv, personas.jsonl and truth.jsonl into.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (records < 1 || personas < 1) {
            throw new UserError("--records and --personas must be at least 1.");
        }
        try {
            SyntheticDataset.generate(records, personas, seed).writeTo(out);
        } catch (java.io.IOException failed) {
            throw new UserError("Could not write the demo data to " + out + ": " + failed.getMessage() + ".");
        }
        spec.commandLine().getOut().println("Wrote " + records + " fictional records and " + personas + " personas to " + out + ".");
        return 0;
    }
}
