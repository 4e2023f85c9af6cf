package com.memberpulse.support.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-ws client (subprotocol {@code graphql-transport-ws}) on a plain socket, as small as a test needs and in
 * full control: it can stop reading (to play a client that stalls) and it reports the close code the server sent.
 * Messages are kept in arrival order; waits take a generous bound and return as soon as the condition holds.
 */
public final class GraphQlWsClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<JsonNode> messages = new ArrayList<>();
    private final Thread reader;
    private boolean paused;
    private Integer closeCode;
    private String closeReason;

    private GraphQlWsClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.reader = Thread.ofVirtual().name("graphql-ws-test-client").start(this::read);
    }

    /** Opens a connection to {@code /graphql} on {@code port}; {@code receiveBuffer} bytes of socket buffer (0: the default). */
    public static GraphQlWsClient connect(int port, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            String request = "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = readHead(socket);
            if (!response.startsWith("HTTP/1.1 101")) {
                socket.close();
                throw new IllegalStateException("No WebSocket upgrade: " + response);
            }
            return new GraphQlWsClient(socket);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GraphQlWsClient connect(int port) {
        return connect(port, 0);
    }

    /** Sends {@code connection_init} with this payload. */
    public GraphQlWsClient init(Map<String, ?> payload) {
        return send(Map.of("type", "connection_init", "payload", payload));
    }

    /** {@code connection_init} with the token as the Authorization value, waiting for the acknowledgement. */
    public GraphQlWsClient initAndAwaitAck(String token, String... extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            payload.put(extra[i], extra[i + 1]);
        }
        init(payload);
        await(m -> "connection_ack".equals(type(m)), Duration.ofSeconds(30));
        return this;
    }

    public GraphQlWsClient subscribe(String id, String query, Map<String, ?> variables) {
        return send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    public GraphQlWsClient complete(String id) {
        return send(Map.of("id", id, "type", "complete"));
    }

    /** Stops reading from the socket: the server's sends pile up in the socket buffers, then block. */
    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** The first message (in arrival order, from the start) matching {@code condition}, waiting up to {@code bound}. */
    public JsonNode await(Predicate<JsonNode> condition, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (this) {
            while (true) {
                for (JsonNode message : messages) {
                    if (condition.test(message)) {
                        return message;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || closeCode != null) {
                    throw new AssertionError("No such message within " + bound + " (closed: " + closeCode + " " + closeReason
                            + "); received " + messages);
                }
                waitNanos(left);
            }
        }
    }

    /** The payloads of the {@code next} messages of subscription {@code id} so far. */
    public synchronized List<JsonNode> next(String id) {
        return messages.stream().filter(m -> "next".equals(type(m)) && id.equals(m.path("id").asString())).map(m -> m.path("payload")).toList();
    }

    /** Waits until subscription {@code id} has at least {@code count} {@code next} messages; returns them all. */
    public List<JsonNode> awaitNext(String id, int count, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (this) {
            while (next(id).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closeCode != null) {
                    throw new AssertionError("Subscription " + id + " got " + next(id).size() + " of " + count + " updates within " + bound
                            + " (closed: " + closeCode + " " + closeReason + "): " + messages);
                }
                waitNanos(left);
            }
            return next(id);
        }
    }

    /** The first error of subscription {@code id}'s {@code error} message (the operation ended refused), waiting up to {@code bound}. */
    public JsonNode awaitError(String id, Duration bound) {
        return await(m -> "error".equals(type(m)) && id.equals(m.path("id").asString()), bound).path("payload").get(0);
    }

    /** The close code the server sent (or 1006 for a connection that ended without one), waiting up to {@code bound}. */
    public int awaitClose(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (this) {
            while (closeCode == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Not closed within " + bound + "; received " + messages);
                }
                waitNanos(left);
            }
            return closeCode;
        }
    }

    public synchronized String closeReason() {
        return closeReason;
    }

    public synchronized boolean isClosed() {
        return closeCode != null;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reader.interrupt();
    }

    private static String type(JsonNode message) {
        return message.path("type").asString();
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(nanos, 100_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized GraphQlWsClient send(Map<String, ?> message) {
        try {
            byte[] payload = JSON.writeValueAsBytes(message);
            writeFrame(0x1, payload);
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeFrame(int opcode, byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65_536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        synchronized (out) {
            out.write(frame.toByteArray());
            out.flush();
        }
    }

    private void read() {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try {
            while (true) {
                synchronized (this) {
                    while (paused) {
                        wait();
                    }
                }
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                int opcode = first & 0x0f;
                switch (opcode) {
                    case 0x0, 0x1 -> {
                        message.write(payload);
                        if ((first & 0x80) != 0) {
                            JsonNode json = JSON.readTree(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                            synchronized (this) {
                                messages.add(json);
                                notifyAll();
                            }
                            if ("ping".equals(type(json))) {
                                send(Map.of("type", "pong"));
                            }
                        }
                    }
                    case 0x8 -> {
                        int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                        String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                        closed(code, reason);
                        // The closing handshake: the close frame goes back, and the server may end the connection.
                        writeFrame(0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                        return;
                    }
                    case 0x9 -> writeFrame(0xA, payload);
                    default -> {
                    }
                }
            }
        } catch (EOFException e) {
            closed(1006, "ended without a close frame");
        } catch (IOException | InterruptedException e) {
            closed(1006, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private synchronized void closed(int code, String reason) {
        if (closeCode == null) {
            closeCode = code;
            closeReason = reason;
        }
        notifyAll();
    }

    private static String readHead(Socket socket) throws IOException {
        StringBuilder head = new StringBuilder();
        var input = socket.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = input.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
