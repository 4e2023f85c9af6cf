package com.memberpulse.support.events.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The relay of this instance: a thread that, whenever woken (a notification, or the poll interval passing), positions
 * committed events, hands new ones to the instance listeners, works the consumers' partitions it can claim (up to
 * {@code concurrency} at once, each on a virtual thread) and redelivers parked events admins asked for. A second
 * thread keeps the LISTEN connection. Off with {@code memberpulse.events.relay-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "memberpulse.events.relay-enabled", havingValue = "true", matchIfMissing = true)
class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);

    private final Sequencer sequencer;
    private final InstanceFanOut fanOut;
    private final PartitionDelivery delivery;
    private final Redelivery redelivery;
    private final Consumers consumers;
    private final ProgressMapper progress;
    private final EventProperties properties;
    private final DataSourceProperties dataSource;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wake = new Semaphore(0);

    private volatile boolean running;
    private @Nullable Thread relayThread;
    private @Nullable NotificationListener listener;
    private @Nullable Thread listenerThread;
    private @Nullable ExecutorService workers;
    private @Nullable Instant nextRetry;

    RelayLoop(Sequencer sequencer, InstanceFanOut fanOut, PartitionDelivery delivery, Redelivery redelivery, Consumers consumers,
              ProgressMapper progress, EventProperties properties, DataSourceProperties dataSource) {
        this.sequencer = sequencer;
        this.fanOut = fanOut;
        this.delivery = delivery;
        this.redelivery = redelivery;
        this.consumers = consumers;
        this.progress = progress;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @Override
    public void start() {
        for (String name : consumers.names()) {
            progress.addPartitions(name, properties.partitions());
            progress.dropPartitionsFrom(name, properties.partitions());
        }
        fanOut.start();
        running = true;
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("events-worker-", 0).factory());
        relayThread = Thread.ofPlatform().name("events-relay").daemon().start(this::loop);
        // A new listener each time: a stopped context can be started again (the test framework pauses cached ones).
        listener = new NotificationListener(dataSource, this::wakeUp);
        listenerThread = Thread.ofPlatform().name("events-listener").daemon().start(listener);
        log.info("Event relay started as '{}' for consumers {}", owner, List.of(consumers.names()));
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.stop();
        }
        wakeUp();
        join(relayThread);
        join(listenerThread);
        if (workers != null) {
            workers.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void wakeUp() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void loop() {
        while (running) {
            boolean more = false;
            try {
                more = pass();
            } catch (RuntimeException e) {
                log.warn("Event relay pass failed; trying again at the next wake-up", e);
            }
            if (!more) {
                awaitWakeUp();
            }
        }
    }

    /** One round of everything; true if some of it stopped at a full batch (go again at once). */
    private boolean pass() {
        sequencer.sequence();
        boolean more = fanOut.deliver();
        more |= deliverToConsumers();
        redelivery.redeliverDue(owner);
        return more;
    }

    private boolean deliverToConsumers() {
        String[] names = consumers.names();
        if (names.length == 0) {
            return false;
        }
        if (nextRetry != null && !Instant.now().isBefore(nextRetry)) {
            // Due: this pass's claim takes the partition up again (or another instance did).
            nextRetry = null;
        }
        List<ProgressMapper.Claim> claims = progress.claim(names, properties.partitions(), owner, properties.lease().toMillis(),
                properties.concurrency());
        List<Future<PartitionDelivery.Outcome>> turns = new ArrayList<>();
        for (ProgressMapper.Claim claim : claims) {
            turns.add(workers.submit(() -> delivery.work(claim, owner)));
        }
        // As many partitions as it may work at once: others may be waiting their turn.
        boolean more = claims.size() == properties.concurrency();
        for (Future<PartitionDelivery.Outcome> turn : turns) {
            try {
                PartitionDelivery.Outcome outcome = turn.get();
                more |= outcome.fullBatch();
                if (outcome.retryAt() != null && (nextRetry == null || outcome.retryAt().isBefore(nextRetry))) {
                    nextRetry = outcome.retryAt();
                }
            } catch (ExecutionException e) {
                log.warn("Delivering a partition failed; its lease runs out and it is taken up again", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        return more;
    }

    private void awaitWakeUp() {
        Duration wait = properties.pollInterval();
        if (nextRetry != null) {
            Duration untilRetry = Duration.between(Instant.now(), nextRetry);
            if (untilRetry.compareTo(wait) < 0) {
                wait = untilRetry.isNegative() ? Duration.ZERO : untilRetry;
            }
        }
        try {
            wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void join(@Nullable Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
