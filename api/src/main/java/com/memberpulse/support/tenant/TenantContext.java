package com.memberpulse.support.tenant;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The tenant the current request or job acts in. Set once per request by the security layer from the
 * token (or a platform admin's header); propagated to GraphQL data loaders and async work through
 * Micrometer's context propagation; read by the transaction manager to pick the schema.
 */
public final class TenantContext {

    private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();
    static final String KEY = "memberpulse.tenant";

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Accessor());
    }

    private TenantContext() {
    }

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or an IllegalStateException: tenant data is never touched without one. */
    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant in context");
        }
        return tenant;
    }

    /** Runs {@code work} inside {@code tenant}, restoring whatever was current before. */
    public static <T> T callIn(Tenant tenant, Supplier<T> work) {
        Tenant previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** Runs {@code work} inside {@code tenant}, restoring whatever was current before. */
    public static void runIn(Tenant tenant, Runnable work) {
        callIn(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Sets the tenant for the rest of this thread's request; pair with {@link #clear()}. */
    public static void set(Tenant tenant) {
        CURRENT.set(tenant);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(@Nullable Tenant previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private static final class Accessor implements ThreadLocalAccessor<Tenant> {

        @Override
        public Object key() {
            return KEY;
        }

        @Override
        public @Nullable Tenant getValue() {
            return CURRENT.get();
        }

        @Override
        public void setValue(Tenant value) {
            CURRENT.set(value);
        }

        @Override
        public void setValue() {
            CURRENT.remove();
        }
    }
}
