package org.exposurecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.token.PackAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = "Check a pack's signature, publisher, expiry and content, and repeat its audit with this computer's minimum.")
final class PackVerifyCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.ecpack")
    Path file;

    @Option(names = "--trust", required = true, paramLabel = "PUB", description = "The publisher's public key file (publisher.pub).")
    Path trust;

    @Mixin
    MinGpuYearsOption minimum;

    PackVerifyCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        Pack pack = PackFile.read(PackFiles.read(file), KeyFiles.readPublisherKey(trust), clock.instant());
        var m = pack.manifest();
        PackAudit audit = PackJudge.judge(m, minimum.minimum());
        spec.commandLine().getOut().println("OK: " + m.title() + " (" + m.id() + "), sequence " + m.sequence() + ", "
                + m.recordCount() + " records, " + m.tokenCount() + " tokens, signed by " + pack.publisher().fingerprint()
                + ", expires " + m.expires().toString().substring(0, 10) + (m.demo() ? " [fictional demo data]" : "")
                + "; cheapest token type " + audit.cheapestType().map(type -> Numbers.years(type.gpuYears())).orElse("none")
                + " GPU-years, cheapest chain " + audit.cheapestChain().map(chain -> Numbers.years(chain.gpuYears())).orElse("none")
                + (audit.cheapestChain().isPresent() ? " GPU-years" : "") + ".");
        return 0;
    }
}
