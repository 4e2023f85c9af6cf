package com.memberpulse.support.devstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process together with its descendants: a launch script and the JVM it started. */
final class ProcessTrees {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessTrees() {
    }

    /** Asks the whole tree to terminate (SIGTERM), children first; kills what is still alive after the grace period. */
    static void stop(ProcessHandle root) {
        // Taken before anything stops: once the script exits, its children are no longer its descendants.
        List<ProcessHandle> children = root.descendants().toList();
        long deadline = System.nanoTime() + GRACE.toNanos();
        children.forEach(ProcessHandle::destroy);
        children.forEach(child -> awaitExit(child, deadline));
        root.destroy();
        awaitExit(root, deadline);

        List<ProcessHandle> survivors = children.stream().filter(ProcessHandle::isAlive).toList();
        if (!survivors.isEmpty() || root.isAlive()) {
            long killDeadline = System.nanoTime() + AFTER_KILL.toNanos();
            survivors.forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
            survivors.forEach(process -> awaitExit(process, killDeadline));
            awaitExit(root, killDeadline);
        }
    }

    private static void awaitExit(ProcessHandle process, long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0 || !process.isAlive()) {
            return;
        }
        try {
            process.onExit().get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still alive: the caller escalates.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
