package org.exposurecheck.token;

/** The least enumeration cost, in reference GPU-years, a token type must have to ship in a pack. */
public record AuditPolicy(double minGpuYears) {
    public static final AuditPolicy DEFAULT = new AuditPolicy(10);

    public AuditPolicy {
        if (!(minGpuYears > 0)) {
            throw new IllegalArgumentException("the policy threshold must be a positive number of GPU-years");
        }
    }
}
