package org.ecokiosk.fleet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) serving an origin folder the way nginx does:
 * ETag and Last-Modified, 304 on If-None-Match, byte ranges (206), and PUT of status documents
 * into a second folder. It can cut one response off part-way, as a dropped connection does.
 */
final class OriginServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Seen(String method, String path, int status, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
        }
    }

    private final HttpServer server;
    private final Path root;
    private final Path statusDir;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Long> cutAfter = new ConcurrentHashMap<>();
    private volatile int failPutsLeft;
    private volatile java.util.concurrent.CountDownLatch manifestGate = new java.util.concurrent.CountDownLatch(0);

    OriginServer(Path root, Path statusDir) throws IOException {
        this.root = root;
        this.statusDir = statusDir;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<Seen> seen(String pathPrefix) {
        return seen.stream().filter(s -> s.path().startsWith(pathPrefix)).toList();
    }

    /** The next GET of a path starting with {@code prefix} sends its full length in the header but stops after {@code bytes}. */
    void cutNextAfter(String prefix, long bytes) {
        cutAfter.put(prefix, bytes);
    }

    /** The next {@code n} PUTs answer 503, as a server under maintenance does. */
    void failNextPuts(int n) {
        failPutsLeft = n;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(1);
            if (path.contains("..")) {
                reply(ex, path, 400);
                return;
            }
            switch (ex.getRequestMethod()) {
                case "GET" -> get(ex, path);
                case "PUT" -> put(ex, path);
                default -> reply(ex, path, 405);
            }
        }
    }

    /** GETs of the manifest wait until {@code gate} opens (at most 30 s), as a slow network makes a kiosk wait. */
    void holdManifestUntil(java.util.concurrent.CountDownLatch gate) {
        manifestGate = gate;
    }

    private void get(HttpExchange ex, String path) throws IOException {
        if (path.equals(Origin.MANIFEST)) {
            try {
                manifestGate.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            reply(ex, path, 404);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String etag = "\"" + HexFormat.of().formatHex(sha256(body)).substring(0, 16) + "\"";
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC));
        ex.getResponseHeaders().set("ETag", etag);
        ex.getResponseHeaders().set("Last-Modified", lastModified);
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        ex.getResponseHeaders().set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)));
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            reply(ex, path, 304);
            return;
        }
        int from = 0;
        int status = 200;
        String range = ex.getRequestHeaders().getFirst("Range");
        if (range != null && range.matches("bytes=\\d+-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= body.length) {
                ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                reply(ex, path, 416);
                return;
            }
            status = 206;
            ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        }
        int length = body.length - from;
        record(ex, path, status);
        ex.sendResponseHeaders(status, length);
        Long cut = cutAfter.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        OutputStream out = ex.getResponseBody();
        if (cut != null) {
            cutAfter.clear();
            out.write(body, from, (int) Math.min(cut, length));
            out.flush();
            // closing the exchange with bytes missing drops the connection mid-body
            return;
        }
        out.write(body, from, length);
    }

    private void put(HttpExchange ex, String path) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        if (failPutsLeft > 0) {
            failPutsLeft--;
            reply(ex, path, 503);
            return;
        }
        Path target = statusDir.resolve(path.substring(path.lastIndexOf('/') + 1));
        Files.createDirectories(statusDir);
        Files.write(target, body);
        reply(ex, path, 201);
    }

    private void reply(HttpExchange ex, String path, int status) throws IOException {
        record(ex, path, status);
        ex.sendResponseHeaders(status, -1);
    }

    private void record(HttpExchange ex, String path, int status) {
        seen.add(new Seen(ex.getRequestMethod(), path, status, Map.copyOf(ex.getRequestHeaders())));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
