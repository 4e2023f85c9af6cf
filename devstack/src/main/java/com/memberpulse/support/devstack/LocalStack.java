package com.memberpulse.support.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL, Elasticsearch, Keycloak and a mail server on 127.0.0.1, started together (in parallel) and stopped together.
 * A named instance keeps its data under the devstack home between runs unless asked to reset.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static LocalStack sharedForTests;

    /** Test JVMs that run at once (parallel builds, several developers' runs) each take a slot of their own. */
    private static final int TEST_SLOTS = 8;

    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final KeycloakServer keycloak;
    private final MailServer mail;
    private final FileLock ownership;

    private LocalStack(PostgresServer postgres, ElasticsearchServer elasticsearch, KeycloakServer keycloak, MailServer mail,
                       FileLock ownership) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.keycloak = keycloak;
        this.mail = mail;
        this.ownership = ownership;
    }

    /**
     * What to start: an instance name (its data directory), ports (0 = free; the mail server's SMTP and IMAP), and
     * whether to wipe its data first.
     */
    public record Settings(String instanceName, int postgresPort, int elasticsearchPort, int keycloakPort, int smtpPort, int imapPort,
                           boolean reset) {

        /** The developer's stack: fixed ports, data kept between runs. */
        public static Settings local(boolean reset) {
            return new Settings("local", intSetting("MEMBERPULSE_POSTGRES_PORT", 15432),
                    intSetting("MEMBERPULSE_ELASTICSEARCH_PORT", 19200), intSetting("MEMBERPULSE_KEYCLOAK_PORT", 18080),
                    intSetting("MEMBERPULSE_SMTP_PORT", 13025), intSetting("MEMBERPULSE_IMAP_PORT", 13143), reset);
        }

        /** A test JVM's stack in slot {@code slot}: free ports, fresh data. */
        static Settings test(int slot) {
            return new Settings("test-" + slot, 0, 0, 0, 0, 0, true);
        }
    }

    /** Starts the stack; fails at once if another process runs the same instance (its data would be shared). */
    public static LocalStack start(Settings settings) {
        FileLock ownership = own(settings.instanceName());
        if (ownership == null) {
            throw new IllegalStateException("The local stack '" + settings.instanceName() + "' is already running in another process."
                    + " Stop it first (its lock: " + lockFile(settings.instanceName()) + ").");
        }
        return start(settings, ownership);
    }

    private static LocalStack start(Settings settings, FileLock ownership) {
        long started = System.nanoTime();
        Path instance = DevStackHome.directory().resolve("instances").resolve(settings.instanceName());
        if (settings.reset()) {
            deleteRecursively(instance.resolve("postgres"));
            deleteRecursively(instance.resolve("elasticsearch"));
        }
        log.info("Starting the local stack '{}' (PostgreSQL, Elasticsearch, Keycloak, mail) under {}", settings.instanceName(), instance);
        CompletableFuture<PostgresServer> postgres = async(() -> PostgresServer.start(instance.resolve("postgres"), settings.postgresPort()));
        CompletableFuture<ElasticsearchServer> elasticsearch = async(() -> ElasticsearchServer.start(instance.resolve("elasticsearch"), settings.elasticsearchPort()));
        CompletableFuture<KeycloakServer> keycloak = async(() -> KeycloakServer.start(settings.instanceName(), settings.keycloakPort(), settings.reset()));
        try {
            CompletableFuture.allOf(postgres, elasticsearch, keycloak).join();
        } catch (CompletionException e) {
            // Stop whatever did start, so a failed start leaves no stray processes behind.
            postgres.thenAccept(PostgresServer::close);
            elasticsearch.thenAccept(ElasticsearchServer::close);
            keycloak.thenAccept(KeycloakServer::close);
            release(ownership);
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        MailServer mail;
        try {
            mail = MailServer.start(settings.smtpPort(), settings.imapPort());
        } catch (RuntimeException e) {
            postgres.join().close();
            elasticsearch.join().close();
            keycloak.join().close();
            release(ownership);
            throw e;
        }
        LocalStack stack = new LocalStack(postgres.join(), elasticsearch.join(), keycloak.join(), mail, ownership);
        log.info("Local stack '{}' ready in {} s", settings.instanceName(), (System.nanoTime() - started) / 1_000_000_000);
        return stack;
    }

    /** One stack per test JVM, in the first free test slot, started on first use and stopped when the JVM exits. */
    public static synchronized LocalStack sharedForTests() {
        if (sharedForTests == null) {
            for (int slot = 0; slot < TEST_SLOTS && sharedForTests == null; slot++) {
                FileLock ownership = own(Settings.test(slot).instanceName());
                if (ownership != null) {
                    sharedForTests = start(Settings.test(slot), ownership);
                }
            }
            if (sharedForTests == null) {
                throw new IllegalStateException("All " + TEST_SLOTS + " test stack slots are in use by other processes.");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(sharedForTests::close, "local-stack-stop"));
        }
        return sharedForTests;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    @Override
    public void close() {
        mail.close();
        keycloak.close();
        elasticsearch.close();
        postgres.close();
        release(ownership);
    }

    /** The instance's lock, held for as long as this process runs it, or null if another process holds it. */
    private static FileLock own(String instanceName) {
        try {
            Path lock = lockFile(instanceName);
            Files.createDirectories(lock.getParent());
            FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ownership;
            try {
                ownership = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                ownership = null;
            }
            if (ownership == null) {
                channel.close();
            }
            return ownership;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the local stack '" + instanceName + "'", e);
        }
    }

    private static Path lockFile(String instanceName) {
        return DevStackHome.directory().resolve("instances").resolve(instanceName + ".stack.lock");
    }

    private static void release(FileLock ownership) {
        try {
            ownership.channel().close();
        } catch (IOException e) {
            log.warn("Cannot release the local stack's lock", e);
        }
    }

    private static <T> CompletableFuture<T> async(Supplier<T> start) {
        return CompletableFuture.supplyAsync(start, runnable -> Thread.ofPlatform().daemon().start(runnable));
    }

    private static int intSetting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static void deleteRecursively(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reset " + dir, e);
        }
    }

}
