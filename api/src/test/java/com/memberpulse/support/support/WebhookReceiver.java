package com.memberpulse.support.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host platform's webhook receiver, as a real HTTP server on 127.0.0.1: records every request (headers and raw
 * body) and answers with the statuses it is told to, then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request: headers by lower-case name, and the body exactly as received. */
    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private int otherwise = 200;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
                int status = receiver.record(new Received(headers, body));
                byte[] answer = (status == 200 ? "ok" : "receiver trouble " + status).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized int record(Received request) {
        received.add(request);
        Integer next = answers.poll();
        return next == null ? otherwise : next;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers these statuses to the next requests, in order, then the usual answer. */
    public synchronized void answerNext(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    /** The answer to every request that has no status of its own queued. */
    public synchronized void answerOtherwise(int status) {
        otherwise = status;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
