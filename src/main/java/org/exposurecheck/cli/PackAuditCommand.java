package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.KeyedAudit;
import org.exposurecheck.token.PackAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Repeat a pack's enumeration audit with this computer's model: what it costs to guess"
        + " each token type, given what the record's other values give away, and the cheapest chain from one token to another strong identifier.")
final class PackAuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    MinGpuYearsOption minimum;

    @Parameters(index = "0", paramLabel = "FILE.ecpack")
    Path file;

    @Override
    public Integer call() throws Exception {
        PackFile.Signed signed = PackFile.open(PackFiles.read(file));
        Manifest m = signed.manifest();
        AuditPolicy policy = minimum.minimum();
        PackAudit audit = PackJudge.audit(m, policy);
        Manifest.Scheme scheme = m.scheme();
        KdfParameters kdf = new KdfParameters(scheme.memoryKiB(), scheme.iterations(), scheme.parallelism());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Pack: " + m.title() + " (" + m.id() + "), sequence " + m.sequence() + ", " + m.recordCount() + " records, "
                + m.recordShapes().size() + " record shapes" + (m.demo() ? " [fictional demo data]" : ""));
        out.println("Signed by key " + signed.publisher().fingerprint() + " (signature valid; use 'pack verify --trust' to check the publisher).");
        out.println("Scheme: " + scheme.name() + ", " + kdf + ", normalisation " + m.normalisation());
        out.println("Reference attacker: " + AttackerModel.DESCRIPTION + "; at this pack's cost: "
                + String.format("%,.0f", AttackerModel.guessesPerSecond(kdf.costRelativeToReference())) + " guesses/s.");
        out.println("Minimum applied: " + Numbers.years(policy.minGpuYears()) + " GPU-years for the cheapest entry into a record"
                + " and for every step to a new strong identifier (the pack says it was built for "
                + (m.policy() == null ? "no stated policy" : Numbers.years(m.policy().minGpuYears()) + " GPU-years") + "; that is not relied on).");
        boolean passes = AuditText.print(audit, m.tokenTypes(), "", out);
        Optional<KeyedTier> keyed = KeyedTier.of(m);
        if (keyed.isPresent()) {
            out.println("Keyed service: " + keyed.get().serviceUrl() + ", key " + keyed.get().serviceKey().fingerprint()
                    + " (lookups with 'check --allow-keyed' go there, blinded).");
            AuditText.printKeyed(KeyedAudit.of(keyed.get().kdf(), keyed.get().guessesPerDay(), keyed.get().tokenCounts()), "", out);
        }
        if (m.droppedTokenTypes() != null && !m.droppedTokenTypes().isEmpty()) {
            out.println("Left out of some or all records at build: " + String.join(", ", m.droppedTokenTypes()));
        }
        out.println("Guess spaces, the attacker model and their sources: docs/guess-spaces.md.");
        return passes ? 0 : ExposureCheckCli.EXIT_FAILURE;
    }
}
