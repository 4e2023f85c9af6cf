package com.memberpulse.support.events;

import java.time.Duration;

/**
 * How a consumer's failing event is tried again: {@code maxAttempts} tries in all, waiting {@code backoffBase} after
 * the first failure, twice as long after each further one, never longer than {@code backoffCap}; then it is parked.
 */
public record RetryPolicy(int maxAttempts, Duration backoffBase, Duration backoffCap) {

    public RetryPolicy {
        if (maxAttempts < 1 || backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("A retry policy needs at least one attempt and a cap no shorter than its base");
        }
    }

    /** The wait after the {@code attempt}-th failed try. */
    public Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = backoffBase.multipliedBy(1L << doublings);
        return delay.compareTo(backoffCap) > 0 ? backoffCap : delay;
    }
}
