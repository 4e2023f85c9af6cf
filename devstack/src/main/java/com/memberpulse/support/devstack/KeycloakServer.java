package com.memberpulse.support.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server on 127.0.0.1 for development and tests: the official server distribution,
 * run with {@code kc.sh start-dev} in a process of its own, with the {@value #REALM} realm imported
 * from {@code keycloak/memberpulse-realm.json} (roles, clients, the demo tenants and their users).
 *
 * <p>Each instance name is a directory of its own under the devstack's cache, so a local run and a
 * test run do not share a database; one process at a time may use an instance.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "memberpulse";
    /** The support API's client: the audience its tokens must carry. */
    public static final String API_CLIENT_ID = "memberpulse-support";
    /** Public client with the password grant, for development tools and tests. */
    public static final String APP_CLIENT_ID = "memberpulse-app";
    /** Confidential client whose service account the API uses with the Keycloak admin API. */
    public static final String ADMIN_CLIENT_ID = "memberpulse-support-admin";
    /** Development only, like everything in this realm. */
    public static final String ADMIN_CLIENT_SECRET = "devstack-admin-secret";
    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "memberpulse";

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final String HOST = "127.0.0.1";
    /** The master realm's administrator of the devstack's Keycloak (development only). */
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final String BOOTSTRAP_PASSWORD = "admin";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 60;

    private final KeycloakInstance instance;
    private final Process process;
    private final int port;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KeycloakServer(KeycloakInstance instance, Process process, int port) {
        this.instance = instance;
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "keycloak-devstack-shutdown");
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param instanceName a directory name under the devstack's cache, e.g. "local" or "test"
     * @param httpPort     the HTTP port on 127.0.0.1; 0 picks a free one
     * @param resetData    start from a fresh database and realm import; otherwise the data of the
     *                     previous run is kept (the realm is imported only into an empty database)
     */
    public static KeycloakServer start(String instanceName, int httpPort, boolean resetData) {
        long started = System.nanoTime();
        KeycloakInstance instance;
        try {
            instance = KeycloakInstance.open(KeycloakDistribution.fromBuild(), instanceName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak instance " + instanceName, e);
        }
        KeycloakServer server = null;
        try {
            instance.prepareData(resetData);
            int port = httpPort == 0 ? freePort() : requireFreePort(httpPort);
            log.info("Starting Keycloak on http://{}:{} from {} (log: {})", HOST, port, instance.home(), instance.logFile());
            server = new KeycloakServer(instance, launch(instance, port), port);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            instance.recordProcesses(server.process.toHandle());
            server.awaitReady();
            instance.recordProcesses(server.process.toHandle());
            log.info("Keycloak ready at {} in {} s", server.issuerUri(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return server;
        } catch (IOException e) {
            abandon(server, instance);
            throw new UncheckedIOException("Cannot start Keycloak", e);
        } catch (RuntimeException e) {
            abandon(server, instance);
            throw e;
        }
    }

    private static void abandon(KeycloakServer server, KeycloakInstance instance) {
        if (server != null) {
            server.close();
        } else {
            closeQuietly(instance);
        }
    }

    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** The master realm's administrator, created on the instance's first start. */
    public String bootstrapAdminUsername() {
        return BOOTSTRAP_ADMIN;
    }

    public String bootstrapAdminPassword() {
        return BOOTSTRAP_PASSWORD;
    }

    /** Stops the server (the launch script and its JVM) and releases the instance. Idempotent. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to run stop() itself.
        }
        stop();
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ProcessTrees.stop(process.toHandle());
        try {
            instance.forgetProcesses();
        } catch (IOException e) {
            log.warn("Cannot delete the pid file of {}", instance.home(), e);
        }
        closeQuietly(instance);
        log.info("Keycloak on port {} stopped", port);
    }

    private static Process launch(KeycloakInstance instance, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                instance.launcher().toString(), "start-dev",
                "--http-host=" + HOST,
                "--http-port=" + port,
                "--import-realm",
                "--health-enabled=false",
                "--metrics-enabled=false",
                "--log-console-color=false"))
                .directory(instance.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(instance.logFile().toFile()));
        Map<String, String> env = builder.environment();
        // Settings from the caller's shell (KC_DB, JAVA_OPTS, ...) would change what this server is.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("QUARKUS_") || name.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // The C1 compiler only: on two cores it starts Keycloak in about half the time (a password
        // grant then takes ~250 ms instead of ~120 ms). java.lang is opened for jboss-threads, whose
        // worker threads fail without it on Java 24+.
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 --add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_PASSWORD);
        return builder.start();
    }

    private void awaitReady() throws IOException {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                            + " before it was ready. " + logTail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds()
                            + " s (" + discovery + "). " + logTail());
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet, or not answering yet.
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private String logTail() {
        Path logFile = instance.logFile();
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "Last lines of " + logFile + ":\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "See " + logFile + ".";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + HOST + " is in use: cannot start Keycloak on it", e);
        }
    }

    private static void closeQuietly(KeycloakInstance instance) {
        try {
            instance.close();
        } catch (IOException e) {
            log.warn("Cannot release the lock of Keycloak instance {}", instance.home(), e);
        }
    }
}
