package org.exposurecheck.cli;

import org.exposurecheck.token.AuditPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --min-gpu-years}: the least enumeration cost this computer accepts in a pack, applied to its own audit
 * of the pack (decision 0013), for every command that reads packs. The app always uses the default.
 */
final class MinGpuYearsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private AuditPolicy minimum = AuditPolicy.DEFAULT;

    @Option(names = "--min-gpu-years", paramLabel = "YEARS",
            description = "Refuse packs whose cheapest token type or chain costs less than this many reference GPU-years to guess"
                    + " (default: 10, as the app).")
    void setMinGpuYears(double years) {
        if (!(years > 0) || Double.isInfinite(years)) {
            throw new ParameterException(spec.commandLine(), "--min-gpu-years must be a positive number of GPU-years");
        }
        minimum = new AuditPolicy(years);
    }

    AuditPolicy minimum() {
        return minimum;
    }
}
