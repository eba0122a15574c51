package com.acme.orders;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
    private final List<Map<String, Object>> orders = new CopyOnWriteArrayList<>();
    private final String region;

    // The region comes from config/application.properties next to the jar: without it the app says "unset".
    public OrderController(@Value("${orders.region:unset}") String region) {
        this.region = region;
    }

    @GetMapping("/health")
    public Map<String, String> health() {
        return Map.of("status", "UP", "region", region);
    }

    @GetMapping("/orders")
    public List<Map<String, Object>> list() {
        return orders;
    }

    @PostMapping("/orders")
    public Map<String, Object> create(@RequestBody Map<String, Object> order) {
        orders.add(order);
        return order;
    }
}
