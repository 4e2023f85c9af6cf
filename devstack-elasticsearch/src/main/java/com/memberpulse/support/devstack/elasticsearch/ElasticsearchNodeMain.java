package com.memberpulse.support.devstack.elasticsearch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.network.NetworkAddress;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a single-node Elasticsearch on 127.0.0.1 until stdin closes or the JVM is told to stop.
 *
 * <pre>
 * ElasticsearchNodeMain --home=DIR --http-port=N --transport-port=N [--cluster-name=NAME]
 * </pre>
 *
 * Data goes to {@code DIR/data}. Port 0 binds a free port. Once the node is up, prints one line to stdout:
 * {@code ELASTICSEARCH_READY http://127.0.0.1:<port>}. Exiting on stdin EOF means the node does not
 * outlive a launcher that dies without stopping it (the launcher holds the other end of the pipe).
 */
public final class ElasticsearchNodeMain {

    static final String READY = "ELASTICSEARCH_READY";

    /*
     * Lucene advises adding the Vector API module, which only the C2 compiler makes fast; the devstack runs
     * this JVM with C1 only, for a faster start. Held here because java.util.logging keeps loggers weakly.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private ElasticsearchNodeMain() {}

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        // Before any Log4j or Netty class loads; the same values the server's own launcher passes.
        System.setProperty("log4j2.configurationFile", "classpath:META-INF/memberpulse/es-node-log4j2.properties");
        System.setProperty("log4j.shutdownHookEnabled", "false"); // our hook still logs while the node closes
        System.setProperty("log4j2.disable.jmx", "true");
        System.setProperty("log4j2.formatMsgNoLookups", "true");
        System.setProperty("io.netty.noUnsafe", "true");
        System.setProperty("io.netty.noKeySetOptimization", "true");
        System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        try {
            LogConfigurator.configureESLogging();
            Node node = new ClasspathPluginsNode(settings(options), List.of(Netty4Plugin.class, RootInfoPlugin.class, CommonAnalysisPlugin.class));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "es-node-shutdown"));
            node.start();
            var http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
            System.out.println(READY + " http://" + NetworkAddress.format(http.address()));
            System.out.flush();
            // Elasticsearch's threads are daemons: this read is what keeps the JVM alive.
            while (System.in.read() != -1) {
                // the launcher never writes; only EOF matters
            }
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static Settings settings(Map<String, String> options) {
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        return Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", options.getOrDefault("cluster-name", "memberpulse-devstack"))
            .put("node.name", "devstack")
            .put("discovery.type", "single-node")
            // Loopback only, whatever the caller passes: this node has no security.
            .put("network.host", "127.0.0.1")
            .put("http.port", port(options, "http-port"))
            .put("transport.port", port(options, "transport-port"))
            // Dev machines often have full disks; the watermarks would turn indices read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            e.printStackTrace();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    private static int port(Map<String, String> options, String name) {
        int port = Integer.parseInt(required(options, name));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " out of range: " + port);
        }
        return port;
    }
}
