package com.acme.ledger.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An append-only ledger of signed amounts in one currency. */
public final class Ledger {
    public record Entry(String memo, BigDecimal amount) {}

    private final String currency;
    private final List<Entry> entries = new ArrayList<>();

    public Ledger(String currency) {
        this.currency = currency;
    }

    public synchronized void post(String memo, BigDecimal amount) {
        entries.add(new Entry(memo, amount));
    }

    public synchronized BigDecimal balance() {
        return entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public String currency() {
        return currency;
    }
}
