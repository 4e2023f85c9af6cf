package com.memberpulse.support.search;

import java.util.Arrays;
import java.util.Collection;

/** Durations in nanoseconds, sorted; nearest-rank percentiles in milliseconds. */
record Latencies(long[] sorted) {

    Latencies {
        sorted = sorted.clone();
        Arrays.sort(sorted);
    }

    static Latencies of(Collection<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile ({@code q} = 0.99 for p99, 1.0 for the maximum), in milliseconds; 0 without samples. */
    double millis(double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
