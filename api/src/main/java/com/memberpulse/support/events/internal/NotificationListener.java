package com.memberpulse.support.events.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Listens on the event channels over a connection of its own (not from the pool: it is held for the instance's
 * lifetime, and the pool's size is for requests) and calls {@code wake} on every notification, and after every
 * (re)connection, since notifications sent while it was disconnected are lost. Reconnects after a failure.
 */
final class NotificationListener implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int RECEIVE_TIMEOUT_MILLIS = 250;
    private static final long RECONNECT_DELAY_MILLIS = 1000;

    private final DataSourceProperties dataSource;
    private final Runnable wake;
    private final CountDownLatch stopped = new CountDownLatch(1);

    NotificationListener(DataSourceProperties dataSource, Runnable wake) {
        this.dataSource = dataSource;
        this.wake = wake;
    }

    void stop() {
        stopped.countDown();
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    @Override
    public void run() {
        while (running()) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + OutboxMapper.APPENDED_CHANNEL);
                    statement.execute("listen " + OutboxMapper.READY_CHANNEL);
                }
                wake.run();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running()) {
                    PGNotification[] received = notifications.getNotifications(RECEIVE_TIMEOUT_MILLIS);
                    if (received != null && received.length > 0) {
                        wake.run();
                    }
                }
            } catch (SQLException e) {
                if (running()) {
                    log.warn("Listening for event notifications failed; reconnecting (the relay polls meanwhile): {}", e.getMessage());
                    awaitStop(RECONNECT_DELAY_MILLIS);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        String username = dataSource.determineUsername();
        String password = dataSource.determinePassword();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "memberpulse-events-listener");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(dataSource.determineUrl(), properties);
    }

    private void awaitStop(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }
}
