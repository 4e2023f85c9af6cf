package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.events.RetryPolicy;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works one claimed partition of one consumer: hands it the partition's events in position order, one at a time,
 * moving its position on after each (at least once: a crash in between delivers that event again). A failing event
 * holds the partition (its later events wait, so a ticket's events stay in order) and is tried again after a
 * back-off; after the last try it is parked and the partition goes on. No transaction or connection is held while
 * the consumer runs; every write is fenced by the lease, so an instance that lost it changes nothing.
 */
@Component
class PartitionDelivery {

    private static final Logger log = LoggerFactory.getLogger(PartitionDelivery.class);

    private final OutboxMapper outbox;
    private final ProgressMapper progress;
    private final ParkedMapper parked;
    private final Consumers consumers;
    private final EventProperties properties;
    private final TransactionTemplate transaction;

    PartitionDelivery(OutboxMapper outbox, ProgressMapper progress, ParkedMapper parked, Consumers consumers, EventProperties properties,
                      PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.progress = progress;
        this.parked = parked;
        this.consumers = consumers;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What a turn on a partition left: whether it read a full batch (more may wait) and when it wants a retry, if it does. */
    record Outcome(boolean fullBatch, @Nullable Instant retryAt) {
    }

    Outcome work(ProgressMapper.Claim claim, String owner) {
        EventConsumer consumer = consumers.named(claim.consumer());
        if (consumer == null) {
            return new Outcome(false, null);
        }
        Lease lease = new Lease(claim, owner);
        RetryPolicy retries = consumer.retryPolicy() != null ? consumer.retryPolicy() : properties.retryPolicy();
        try {
            List<OutboxMapper.Positioned> batch = outbox.inPartitionAfter(properties.partitions(), claim.partition(), claim.position(),
                    properties.batchSize());
            Map<String, Optional<Tenant>> tenants = new HashMap<>();
            int attempts = claim.attempts();
            Instant firstFailedAt = claim.attempts() > 0 ? claim.firstFailedAt() : null;
            long passedOver = -1;
            for (OutboxMapper.Positioned row : batch) {
                Optional<Tenant> tenant = consumer.accepts(row.type())
                        ? tenants.computeIfAbsent(row.tenant(), consumers::servedTenant) : Optional.empty();
                if (tenant.isEmpty()) {
                    passedOver = row.position();
                    attempts = 0;
                    firstFailedAt = null;
                    continue;
                }
                Instant due = row.recordedAt().plus(consumer.delay());
                if (due.isAfter(Instant.now())) {
                    // Held back by the consumer's delay: the partition waits, its position just before this event.
                    if (passedOver >= 0 && !lease.advance(passedOver)) {
                        return new Outcome(false, null);
                    }
                    progress.waitUntil(consumer.name(), claim.partition(), owner, due);
                    return new Outcome(false, due.plusMillis(10));
                }
                try {
                    Consumers.handleIn(tenant.get(), consumer, row.event());
                } catch (Exception failure) {
                    if (passedOver >= 0 && !lease.advance(passedOver)) {
                        return new Outcome(false, null);
                    }
                    passedOver = -1;
                    attempts++;
                    if (attempts < retries.maxAttempts()) {
                        Duration delay = retries.backoff(attempts);
                        log.debug("Consumer '{}' failed on event {} (try {}), retrying in {}", consumer.name(), row.id(), attempts, delay, failure);
                        progress.retryLater(consumer.name(), claim.partition(), owner, attempts, delay.toMillis());
                        // A little after the database's retry time, so the wake-up finds the partition due.
                        Instant retryAt = Instant.now().plus(delay).plusMillis(10);
                        return new Outcome(false, retryAt);
                    }
                    log.warn("Consumer '{}' gave up on event {} after {} tries; parked", consumer.name(), row.id(), attempts, failure);
                    if (!lease.park(row, attempts, Consumers.describe(failure), firstFailedAt)) {
                        return new Outcome(false, null);
                    }
                    attempts = 0;
                    firstFailedAt = null;
                    continue;
                }
                passedOver = -1;
                attempts = 0;
                firstFailedAt = null;
                if (!lease.advance(row.position())) {
                    return new Outcome(false, null);
                }
            }
            if (passedOver >= 0) {
                lease.advance(passedOver);
            }
            return new Outcome(batch.size() == properties.batchSize(), null);
        } finally {
            progress.release(claim.consumer(), claim.partition(), owner);
        }
    }

    /** The claimed partition's writes, each only while this instance still holds it. */
    private final class Lease {

        private final ProgressMapper.Claim claim;
        private final String owner;

        Lease(ProgressMapper.Claim claim, String owner) {
            this.claim = claim;
            this.owner = owner;
        }

        boolean advance(long position) {
            return held(progress.advance(claim.consumer(), claim.partition(), owner, position, properties.lease().toMillis()));
        }

        /** Parks the event and moves past it, together or not at all. */
        boolean park(OutboxMapper.Positioned row, int attempts, String error, @Nullable Instant firstFailedAt) {
            Boolean done = transaction.execute(status -> {
                parked.park(claim.consumer(), row.id(), attempts, error, firstFailedAt);
                if (progress.advance(claim.consumer(), claim.partition(), owner, row.position(), properties.lease().toMillis()) == 0) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            });
            return held(Boolean.TRUE.equals(done) ? 1 : 0);
        }

        private boolean held(int updated) {
            if (updated == 0) {
                log.info("Partition {} of consumer '{}' was taken over; leaving it", claim.partition(), claim.consumer());
            }
            return updated > 0;
        }
    }
}
