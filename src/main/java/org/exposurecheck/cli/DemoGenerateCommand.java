package org.exposurecheck.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.exposurecheck.demo.DatasetFormat;
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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the records (in the chosen formats), personas.jsonl and truth.jsonl into.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--formats", paramLabel = "LIST", split = ",", defaultValue = "jsonl,csv",
            description = "Formats to write: jsonl, csv, foreign-csv, telegram, site (default: ${DEFAULT-VALUE}). Telegram and site"
                    + " draw fictional faces, and then personas carry their own photos.")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        if (records < 1 || personas < 1) {
            throw new UserError("--records and --personas must be at least 1.");
        }
        Set<DatasetFormat> chosen = EnumSet.noneOf(DatasetFormat.class);
        for (String name : formats) {
            chosen.add(DatasetFormat.fromId(name).orElseThrow(() -> new UserError("--formats takes jsonl, csv, foreign-csv,"
                    + " telegram and site, not \"" + name.trim() + "\".")));
        }
        try {
            SyntheticDataset.generate(records, personas, seed).writeTo(out, chosen);
        } catch (java.io.IOException failed) {
            throw new UserError("Could not write the demo data to " + out + ": " + failed.getMessage() + ".");
        }
        spec.commandLine().getOut().println("Wrote " + records + " fictional records and " + personas + " personas to " + out + ".");
        return 0;
    }
}
