package org.exposurecheck.cli;

import org.exposurecheck.token.AuditPolicy;
import picocli.CommandLine.Option;

/**
 * {@code --min-gpu-years}: the least enumeration cost this computer accepts in a pack, applied to its own audit
 * of the pack (decision 0013), for every command that reads packs. The app always uses the default.
 */
final class MinGpuYearsOption {
    @Option(names = "--min-gpu-years", paramLabel = "YEARS",
            description = "Refuse packs whose cheapest token type or chain costs less than this many reference GPU-years to guess"
                    + " (default: 10, as the app).")
    Double minGpuYears;

    AuditPolicy minimum() {
        if (minGpuYears == null) {
            return AuditPolicy.DEFAULT;
        }
        if (!(minGpuYears > 0) || minGpuYears.isInfinite()) {
            throw new UserError("--min-gpu-years must be a positive number of GPU-years.");
        }
        return new AuditPolicy(minGpuYears);
    }
}
