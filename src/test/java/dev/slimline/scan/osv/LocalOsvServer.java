package dev.slimline.scan.osv;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 serving test bytes at paths, standing in for the OSV bucket. A path can be made to
 * stall (held until {@link #close}, at most 10 s) to test timeouts.
 */
public final class LocalOsvServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stalled = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final java.util.List<String> conditional = new java.util.concurrent.CopyOnWriteArrayList<>();

    public LocalOsvServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            try (exchange) {
                if (stalled.containsKey(path)) {
                    release.await(10, TimeUnit.SECONDS);
                }
                byte[] body = files.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                // As the bucket does: a strong ETag of the content and a Last-Modified, and 304 when it matches.
                String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Last-Modified", "Wed, 02 Dec 2026 10:00:00 GMT");
                conditional.add(exchange.getRequestHeaders().getFirst("If-None-Match") + " | "
                        + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    public void serve(String path, byte[] body) {
        files.put(path, body);
    }

    void stall(String path) {
        stalled.put(path, true);
    }

    int requests() {
        return requests.get();
    }

    /** Requests answered 304 Not Modified. */
    int notModified() {
        return notModified.get();
    }

    /** Each request's If-None-Match and If-Modified-Since, as "etag | date" ("null" when absent). */
    java.util.List<String> conditionalHeaders() {
        return conditional;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/osv");
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
