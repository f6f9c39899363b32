package org.exposurecheck.keyedservice;

/**
 * How many evaluations (one per blinded element) the service grants: each client, and all clients together,
 * as a token bucket that holds up to {@code burst} and refills {@code perDay} a day. The global bucket is what
 * bounds enumeration: it is the most guesses anyone, with any number of addresses, gets from one instance.
 * docs/keyed-tier.md turns these numbers into the years an enumeration takes.
 */
public record RateLimits(long clientBurst, long clientPerDay, long globalBurst, long globalPerDay) {
    /** One clinic checking a few dozen people a day from one address; a sweep of a century of birthdays takes it 18 days. */
    public static final long DEFAULT_CLIENT_PER_DAY = 2_000;
    public static final long DEFAULT_CLIENT_BURST = 256;
    /** About 4,000 checks a day; name × date of birth (3.7 × 10⁹ guesses) then takes one instance 51 years. */
    public static final long DEFAULT_GLOBAL_PER_DAY = 200_000;
    public static final long DEFAULT_GLOBAL_BURST = 5_000;
    public static final RateLimits DEFAULT = new RateLimits(DEFAULT_CLIENT_BURST, DEFAULT_CLIENT_PER_DAY, DEFAULT_GLOBAL_BURST,
            DEFAULT_GLOBAL_PER_DAY);

    public RateLimits {
        if (clientBurst < 1 || clientPerDay < 1 || globalBurst < 1 || globalPerDay < 1) {
            throw new IllegalArgumentException("every rate limit is at least one evaluation");
        }
        if (clientBurst > globalBurst || clientPerDay > globalPerDay) {
            throw new IllegalArgumentException("a client's limit cannot exceed the limit of all clients together");
        }
    }
}
