package com.memberpulse.support.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the tests: the system's, unless a test stops it at an instant ({@link #stopAt}) to play time
 * forward by hand ({@link #advance}); {@link #release} gives the system's back. One clock for the shared context, so a
 * test that stops it releases it when it ends.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> stopped = new AtomicReference<>();

    public void stopAt(Instant instant) {
        stopped.set(instant);
    }

    public void advance(Duration duration) {
        stopped.updateAndGet(at -> {
            if (at == null) {
                throw new IllegalStateException("Stop the clock before playing time forward");
            }
            return at.plus(duration);
        });
    }

    public void release() {
        stopped.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service works in UTC");
    }

    /** Makes it the service's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
