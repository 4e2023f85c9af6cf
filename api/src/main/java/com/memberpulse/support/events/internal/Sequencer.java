package com.memberpulse.support.events.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed events their position, in id order, one instance at a time (a transaction-scoped advisory lock:
 * an instance that finds it taken leaves the work to the holder, whose notification wakes everyone afterwards).
 * <p>
 * Ids come from the identity at insert, so a transaction that appended earlier can commit later: a reader going by
 * {@code id > last seen} would pass over it. Positions are given only to committed events and only ever grow, so a
 * reader going by position never does. Two changes of one ticket lock the ticket's row, so the later change appends
 * after the earlier one committed: its id, and so its position, is larger.
 */
@Component
class Sequencer {

    private static final int BATCH = 10_000;

    private final OutboxMapper outbox;
    private final TransactionTemplate transaction;

    Sequencer(OutboxMapper outbox, PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Positions what has committed since the last pass; returns how many events it positioned (0 if another instance holds the lock). */
    int sequence() {
        Integer positioned = transaction.execute(status -> {
            if (!outbox.trySequencerLock()) {
                return 0;
            }
            int count = outbox.positionCommitted(BATCH);
            if (count > 0) {
                outbox.notifyReady();
            }
            return count;
        });
        return positioned == null ? 0 : positioned;
    }
}
