package com.memberpulse.support.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real single-node Elasticsearch 9.5 on 127.0.0.1, run in a JVM of its own: its Log4j and Lucene must
 * not meet the application's logging, and its licence keeps it out of the API's classpath. The server
 * jars come from the classpath file the {@code devstack-elasticsearch} build writes.
 *
 * <p>Layout under the data dir: {@code data/} (the indices, kept across restarts) and
 * {@code logs/elasticsearch.log} (the node's output, appended on each start).
 */
public final class ElasticsearchServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchServer.class);

    private static final String CLASSPATH_RESOURCE = "META-INF/memberpulse/es-node.classpath";
    private static final String MAIN_CLASS = "com.memberpulse.support.devstack.elasticsearch.ElasticsearchNodeMain";
    /** What ElasticsearchNodeMain prints, followed by the HTTP URL, once the node is up. */
    private static final String READY = "ELASTICSEARCH_READY ";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

    private final Process process;
    private final String httpUrl;
    private final Thread stopOnExit;
    private boolean closed;

    private ElasticsearchServer(Process process, String httpUrl, Thread stopOnExit) {
        this.process = process;
        this.httpUrl = httpUrl;
        this.stopOnExit = stopOnExit;
    }

    /** Starts a node on 127.0.0.1 (httpPort 0 = a free port), data kept in dataDir; blocks until the cluster is at least yellow. */
    public static ElasticsearchServer start(Path dataDir, int httpPort) {
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Elasticsearch 9 needs Java 21 or newer; this JVM is " + Runtime.version()
                + " (" + System.getProperty("java.home") + "). Point JAVA_HOME at a JDK 21+.");
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        Path home = dataDir.toAbsolutePath();
        Path logFile = home.resolve("logs").resolve("elasticsearch.log");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Process process;
        long logStart;
        try {
            Files.createDirectories(logFile.getParent());
            logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            process = new ProcessBuilder(command(home, httpPort))
                .directory(home.toFile()) // where a crashing JVM leaves its hs_err file
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch (log: " + logFile + ")", e);
        }
        // Stops the node if this JVM exits without close(). A JVM killed outright closes the node's stdin,
        // which stops it too.
        Thread stopOnExit = new Thread(() -> stop(process), "elasticsearch-stop-on-exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            String url = awaitReadyLine(process, logFile, logStart, deadline);
            awaitYellow(url, deadline);
            log.info("Elasticsearch at {} (pid {}, log {})", url, process.pid(), logFile);
            return new ElasticsearchServer(process, url, stopOnExit);
        } catch (RuntimeException e) {
            stop(process);
            unregister(stopOnExit);
            throw new IllegalStateException(e.getMessage() + "; log " + logFile + ", last lines:\n"
                + lastLines(logFile, logStart, 20), e);
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    public String httpUrl() {
        return httpUrl;
    }

    /** Stops the node: gracefully, then forcibly after 15 s. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(process);
        unregister(stopOnExit);
    }

    private static List<String> command(Path home, int httpPort) {
        var command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xms256m", "-Xmx512m",
            "-XX:TieredStopAtLevel=1", // C1 only: a quick start matters more here than peak speed
            "--enable-native-access=ALL-UNNAMED",
            "-cp", nodeClasspath(),
            MAIN_CLASS,
            "--home=" + home,
            "--http-port=" + httpPort,
            // The node binds port 0 itself and reports what it got: no window for another process to take it.
            "--transport-port=0",
            "--cluster-name=memberpulse-devstack"));
        log.debug("Starting Elasticsearch: {}", command);
        return command;
    }

    /** The launcher (jar or classes dir holding the classpath file) first, then the server jars it lists. */
    private static String nodeClasspath() {
        URL resource = ElasticsearchServer.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: depend on the "
                + "devstack-elasticsearch module and build it with Maven");
        }
        try (InputStream in = resource.openStream()) {
            List<String> jars = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()
                .split(File.pathSeparator));
            List<String> missing = jars.stream().filter(jar -> !Files.isRegularFile(Path.of(jar))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Elasticsearch jars listed in " + resource + " are missing "
                    + "(was the local Maven repository moved or cleaned? rebuild devstack-elasticsearch): " + missing);
            }
            return launcherLocation(resource) + File.pathSeparator + String.join(File.pathSeparator, jars);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Path launcherLocation(URL resource) throws IOException {
        try {
            if (resource.openConnection() instanceof JarURLConnection jar) {
                return Path.of(jar.getJarFileURL().toURI());
            }
            String url = resource.toString(); // a classes directory: drop the resource's own path
            return Path.of(new URI(url.substring(0, url.length() - CLASSPATH_RESOURCE.length())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot launch Elasticsearch from " + resource, e);
        }
    }

    private static String awaitReadyLine(Process process, Path logFile, long logStart, long deadline) {
        while (System.nanoTime() < deadline) {
            for (String line : linesSince(logFile, logStart)) {
                if (line.startsWith(READY)) {
                    return line.substring(READY.length()).strip();
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue() + " while starting");
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("Elasticsearch did not start within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Existing indices reopen after the node is up; wait until their primaries are allocated. */
    private static void awaitYellow(String url, long deadline) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
        var request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=" + seconds + "s"))
            .timeout(Duration.ofSeconds(seconds + 5))
            .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Elasticsearch cluster not yellow within " + START_TIMEOUT.toSeconds()
                    + " s: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch cluster health failed at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close(); // EOF: the node closes itself, on every OS
        } catch (IOException ignored) {
            // the pipe is already gone, so the node has seen EOF too
        }
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Elasticsearch (pid {}) did not stop within {} s; killing it", process.pid(), STOP_GRACE.toSeconds());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void unregister(Thread stopOnExit) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private static List<String> linesSince(Path logFile, long offset) {
        try (FileChannel channel = FileChannel.open(logFile)) {
            channel.position(Math.min(offset, channel.size()));
            String text = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + logFile, e);
        }
    }

    /** The end of this run's log, stack frames left out so that the exceptions and their causes fit. */
    private static String lastLines(Path logFile, long offset, int count) {
        try {
            List<String> lines = linesSince(logFile, offset).stream()
                .filter(line -> !STACK_FRAME.matcher(line).lookingAt())
                .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (UncheckedIOException e) {
            return "(unreadable: " + e.getCause() + ")";
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
