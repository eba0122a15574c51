package com.acme.audit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends every POSTed line to an audit file in AUDIT_DIR; GET /ready proves the directory is writable. */
public final class AuditLog {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getenv().getOrDefault("AUDIT_DIR", "data"));
        Path log = dir.resolve("audit.log");
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "443"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/ready", ex -> {
            Files.writeString(dir.resolve(".ready"), Instant.now().toString());
            byte[] b = "ready\n".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.createContext("/events", ex -> {
            String line = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip();
            Files.writeString(log, Instant.now() + " " + line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        System.out.println("audit log on port " + port + ", writing " + log);
    }
}
