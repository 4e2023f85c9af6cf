package com.memberpulse.support.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution: the zip Maven downloaded, unpacked once into the devstack's
 * cache ({@code <home>/keycloak-<version>/dist}), and the per-instance copies made from it.
 */
final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);
    private static final String BUILD_PROPERTIES = "/META-INF/memberpulse/devstack.properties";

    private final String version;
    private final Path zip;
    private final Path root;

    private KeycloakDistribution(String version, Path zip, Path root) {
        this.version = version;
        this.zip = zip;
        this.root = root;
    }

    /** The distribution this build of the devstack was made with (see devstack/pom.xml). */
    static KeycloakDistribution fromBuild() {
        Properties build = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing: build the devstack module with Maven");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("keycloak.version");
        Path zip = Path.of(build.getProperty("keycloak.dist"));
        return new KeycloakDistribution(version, zip, DevStackHome.directory().resolve("keycloak-" + version));
    }

    String version() {
        return version;
    }

    Path instancesDirectory() {
        return root.resolve("instances");
    }

    /**
     * The instance directory named {@code name}, copied from the unpacked distribution the first time.
     * The caller holds the instance's lock.
     */
    Path instance(String name) throws IOException {
        Path instance = instancesDirectory().resolve(name);
        if (Files.isDirectory(instance)) {
            return instance;
        }
        Path dist = unpacked();
        Path partial = instancesDirectory().resolve(name + ".partial");
        FileTrees.delete(partial);
        log.info("Creating Keycloak instance {} from {}", instance, dist);
        FileTrees.copy(dist, partial);
        Files.move(partial, instance, StandardCopyOption.ATOMIC_MOVE);
        return instance;
    }

    /** The unpacked distribution. Unpacks under a lock, into a temporary directory renamed when complete. */
    private Path unpacked() throws IOException {
        Path dist = root.resolve("dist");
        if (Files.isDirectory(dist)) {
            return dist;
        }
        Files.createDirectories(root);
        synchronized (KeycloakDistribution.class) {
            try (FileChannel channel = FileChannel.open(root.resolve("dist.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (Files.isDirectory(dist)) {
                    return dist;
                }
                if (!Files.isRegularFile(zip)) {
                    throw new IllegalStateException("The Keycloak distribution " + zip + " is missing. Any Maven build of"
                            + " the devstack module downloads it, e.g. ./mvnw -pl devstack -am compile");
                }
                deleteLeftovers();
                Path partial = Files.createTempDirectory(root, "dist.partial-");
                long started = System.nanoTime();
                log.info("Unpacking Keycloak {} from {} to {}", version, zip, dist);
                FileTrees.unzipSingleRoot(zip, partial);
                Files.move(partial, dist, StandardCopyOption.ATOMIC_MOVE);
                log.info("Unpacked Keycloak {} in {} ms", version, (System.nanoTime() - started) / 1_000_000);
                return dist;
            }
        }
    }

    /** Removes what an interrupted unpack left behind. */
    private void deleteLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, "dist.partial-*")) {
            for (Path leftover : leftovers) {
                FileTrees.delete(leftover);
            }
        }
    }
}
