package com.acme.ledger.server;

import com.acme.ledger.core.Ledger;
import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** HTTP front of the ledger; settings come from conf/ledger.properties next to the jar's working directory. */
public final class LedgerServer {
    public static void main(String[] args) throws IOException {
        Properties conf = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("ledger.conf", "conf/ledger.properties")))) {
            conf.load(in);
        }
        Ledger ledger = new Ledger(conf.getProperty("currency"));
        ledger.post("opening balance", new BigDecimal(conf.getProperty("opening", "0")));
        Gson gson = new Gson();
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(conf.getProperty("port"))), 0);
        server.createContext("/health", ex -> send(ex, 200, "{\"status\":\"ok\"}"));
        server.createContext("/balance", ex -> send(ex, 200,
                gson.toJson(Map.of("currency", ledger.currency(), "balance", ledger.balance().toPlainString()))));
        server.start();
        System.out.println("ledger listening on " + conf.getProperty("port"));
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }
}
