package com.memberpulse.support.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Keycloak server directory of the devstack ({@code <home>/keycloak-<version>/instances/<name>}),
 * held by this JVM through a file lock for as long as the server runs.
 */
final class KeycloakInstance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakInstance.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String REALM_RESOURCE = "/keycloak/memberpulse-realm.json";
    private static final String REALM_FILE = "memberpulse-realm.json";

    private final Path home;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private KeycloakInstance(Path home, FileChannel lockChannel, FileLock lock) {
        this.home = home;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Locks the instance {@code name} (failing if another process holds it), creating it when needed. */
    static KeycloakInstance open(KeycloakDistribution distribution, String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a usable instance name: '" + name + "'");
        }
        Files.createDirectories(distribution.instancesDirectory());
        Path lockFile = distribution.instancesDirectory().resolve(name + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel, lockFile);
            KeycloakInstance instance = new KeycloakInstance(distribution.instance(name), channel, lock);
            instance.stopLeftoverServer();
            return instance;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, Path lockFile) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The Keycloak devstack instance is in use by another process or test run"
                    + " (lock " + lockFile + " is held). Stop it, or use another instance name.");
        }
        return lock;
    }

    Path home() {
        return home;
    }

    Path launcher() {
        return home.resolve("bin").resolve("kc.sh");
    }

    Path logFile() {
        return home.resolve("keycloak.log");
    }

    /**
     * Makes sure the next start imports the realm: on reset (or when there is no database yet) the data
     * directory is deleted; the realm file in {@code data/import} is always the one of this build, but
     * Keycloak imports it only into an empty database.
     */
    void prepareData(boolean reset) throws IOException {
        Path data = home.resolve("data");
        Path importedRealm = data.resolve("import").resolve(REALM_FILE);
        byte[] realm = realmJson();
        if (reset || !Files.isDirectory(data.resolve("h2"))) {
            FileTrees.delete(data);
        } else if (Files.isRegularFile(importedRealm) && !Arrays.equals(Files.readAllBytes(importedRealm), realm)) {
            log.warn("The realm definition changed since Keycloak instance {} imported it; start it with resetData"
                    + " to apply the change (its data is kept for now)", home);
        }
        Files.createDirectories(importedRealm.getParent());
        Files.write(importedRealm, realm);
    }

    private static byte[] realmJson() throws IOException {
        try (InputStream in = KeycloakInstance.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** Writes down the server's processes, so that a later start can stop them if this JVM dies without closing. */
    void recordProcesses(ProcessHandle launcher) throws IOException {
        List<String> pids = Stream.concat(Stream.of(launcher), launcher.descendants())
                .map(process -> Long.toString(process.pid()))
                .toList();
        Files.write(pidFile(), pids);
    }

    void forgetProcesses() throws IOException {
        Files.deleteIfExists(pidFile());
    }

    private Path pidFile() {
        return home.resolve("keycloak.pids");
    }

    /**
     * Stops a server that a previous, killed JVM started from this instance. Holding the lock proves
     * nobody else runs it; the command line check keeps a recycled pid from being mistaken for it.
     */
    private void stopLeftoverServer() throws IOException {
        if (!Files.isRegularFile(pidFile())) {
            return;
        }
        String marker = home.toString();
        for (String line : Files.readAllLines(pidFile())) {
            Optional<ProcessHandle> process = parsePid(line).flatMap(ProcessHandle::of);
            if (process.isPresent() && process.get().isAlive()
                    && process.get().info().commandLine().filter(command -> command.contains(marker)).isPresent()) {
                log.warn("Stopping Keycloak process {} left running from {} by an earlier run", line, home);
                ProcessTrees.stop(process.get());
            }
        }
        forgetProcesses();
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Releases the instance's lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
