package com.memberpulse.support.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the service prepares, so tests can prove that a page of the queue costs a
 * constant number of statements whatever its size (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /** The event relay's threads ("events-relay", "events-worker-N", ...) work in the background: counted apart. */
    private static final AtomicLong RELAY_STATEMENTS = new AtomicLong();
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    public static long count() {
        return STATEMENTS.get();
    }

    /** Statements the event relay has prepared (delivering events after the requests that recorded them). */
    public static long relayCount() {
        return RELAY_STATEMENTS.get();
    }

    /**
     * Statements prepared while {@code work} ran, the event relay's background work left out (tests run one at a time,
     * so nothing else is counted).
     */
    public static long during(Runnable work) {
        long before = STATEMENTS.get();
        work.run();
        return STATEMENTS.get() - before;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (STATEMENT_METHODS.contains(method.getName())) {
                            (Thread.currentThread().getName().startsWith("events-") ? RELAY_STATEMENTS : STATEMENTS).incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
