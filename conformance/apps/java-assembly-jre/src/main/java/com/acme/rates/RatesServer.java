package com.acme.rates;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Serves fixed exchange rates as JSON (the real service refreshes them from a feed). */
public final class RatesServer {
    public static void main(String[] args) throws IOException {
        Map<String, Double> rates = new TreeMap<>(Map.of("USD", 1.08, "GBP", 0.86, "JPY", 161.2));
        String json = new Gson().toJson(Map.of("base", "EUR", "rates", rates));
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8090"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/rates", ex -> {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }
}
