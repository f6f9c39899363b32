package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.Audit;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.token.TokenTypeAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Print what it would cost to enumerate each token type of a pack.")
final class PackAuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.ecpack")
    Path file;

    @Override
    public Integer call() throws Exception {
        PackFile.Signed signed = PackFile.open(PackFiles.read(file));
        Manifest m = signed.manifest();
        Manifest.Scheme scheme = m.scheme();
        KdfParameters kdf = new KdfParameters(scheme.memoryKiB(), scheme.iterations(), scheme.parallelism());
        AuditPolicy policy = new AuditPolicy(m.policy().minGpuYears());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Pack: " + m.title() + " (" + m.id() + "), sequence " + m.sequence() + ", " + m.recordCount() + " records"
                + (m.demo() ? " [fictional demo data]" : ""));
        out.println("Signed by key " + signed.publisher().fingerprint() + " (signature valid; use 'pack verify --trust' to check the publisher).");
        out.println("Scheme: " + scheme.name() + ", " + kdf + ", normalisation " + m.normalisation());
        out.println("Reference attacker: " + AttackerModel.DESCRIPTION + "; at this pack's cost: "
                + String.format("%,.0f", AttackerModel.guessesPerSecond(kdf.costRelativeToReference())) + " guesses/s.");
        out.println("Policy recorded in the pack: at least " + Numbers.years(policy.minGpuYears()) + " GPU-years per token type.");
        out.println(String.format("%-30s %10s %12s %12s  %s", "token type", "tokens", "guess space", "GPU-years", "status"));
        boolean belowPolicy = false;
        for (Map.Entry<String, Integer> entry : m.tokenTypes().entrySet()) {
            TokenType type = TokenType.fromTag(entry.getKey()).orElseThrow(() -> new UserError("The pack holds an unknown token type."));
            TokenTypeAudit audit = Audit.of(type, kdf.costRelativeToReference(), policy);
            belowPolicy |= !audit.allowed();
            out.println(String.format("%-30s %10d %12s %12s  %s", entry.getKey(), entry.getValue(), Numbers.scientific(audit.guessSpace()),
                    Numbers.years(audit.gpuYears()), audit.allowed() ? "ok" : "BELOW POLICY"));
        }
        if (!m.droppedTokenTypes().isEmpty()) {
            out.println("Dropped at build (below policy, not in the pack): " + String.join(", ", m.droppedTokenTypes()));
        }
        out.println("Guess spaces and their sources: docs/guess-spaces.md.");
        return belowPolicy ? ExposureCheckCli.EXIT_FAILURE : 0;
    }
}
