package com.memberpulse.support.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Follow-up work for once the current transaction has committed and given its connection back to the pool.
 * <p>
 * Spring's after-commit callbacks still hold the connection: work there that opens a transaction of its own takes
 * a second connection while holding the first, and under load every pooled connection ends up held by a request
 * waiting for another one. Work registered here waits until the outermost transactional service call has
 * returned ({@link AfterCommitConfiguration} runs it there, on the same thread, before the caller goes on), or
 * until code that manages its own transaction calls {@link #runPending()}. Work for a transaction that rolls back
 * is dropped.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    private static final ThreadLocal<Map<Object, Runnable>> PENDING = new ThreadLocal<>();

    private AfterCommit() {
    }

    /**
     * Runs {@code work} after the current transaction commits, once per {@code key} however often it is registered
     * (null: every time). Outside a transaction it runs now. Failures are logged: the change itself is committed.
     */
    public static void register(Object key, Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runQuietly(work);
            return;
        }
        Object slot = key != null ? key : new Object();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Map<Object, Runnable> pending = PENDING.get();
                if (pending == null) {
                    pending = new LinkedHashMap<>();
                    PENDING.set(pending);
                }
                pending.putIfAbsent(slot, work);
            }
        });
    }

    /** Runs the work registered by transactions of this thread that have committed, unless a transaction is still open. */
    public static void runPending() {
        while (!TransactionSynchronizationManager.isActualTransactionActive() && PENDING.get() != null) {
            Map<Object, Runnable> pending = PENDING.get();
            PENDING.remove();
            pending.values().forEach(AfterCommit::runQuietly);
        }
    }

    private static void runQuietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Follow-up work after a commit failed; the committed change stands", e);
        }
    }
}
