package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code memberpulse.events.*}; the defaults and what each means are in {@code application.yml} and the README.
 *
 * @param relayEnabled      run the relay loop in this instance (appending and {@code deliverNow} work either way)
 * @param partitions        partitions of every consumer's progress; all instances must agree
 * @param concurrency       partitions one instance works at once (each on a virtual thread)
 * @param batchSize         events read per partition and turn
 * @param pollInterval      the longest the relay sleeps without a notification
 * @param lease             how long a claimed partition stays an instance's without progress
 * @param backoffBase       wait before the second try of a failing event; doubles with every try
 * @param backoffCap        the longest wait between tries
 * @param maxAttempts       tries before an event is parked for the consumer
 * @param retention         how long delivered events are kept (for replay)
 * @param cleanupInterval   how often events past their retention are deleted
 * @param consumers         the consumers this instance runs, by name; empty: all (a stand-alone search indexer runs
 *                          {@code search-indexer} only)
 */
@ConfigurationProperties("memberpulse.events")
record EventProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("8") int partitions,
        @DefaultValue("4") int concurrency,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT30S") Duration lease,
        @DefaultValue("PT1S") Duration backoffBase,
        @DefaultValue("PT1M") Duration backoffCap,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("P7D") Duration retention,
        @DefaultValue("PT1H") Duration cleanupInterval,
        @DefaultValue({}) java.util.List<String> consumers) {

    EventProperties {
        if (partitions < 1 || concurrency < 1 || batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("memberpulse.events: partitions, concurrency, batch-size and max-attempts must be at least 1");
        }
    }

    /** The retries of consumers that have no policy of their own. */
    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, backoffBase, backoffCap);
    }
}
