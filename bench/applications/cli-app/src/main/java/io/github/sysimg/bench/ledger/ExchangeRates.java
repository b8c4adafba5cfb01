package io.github.sysimg.bench.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Rates to one target currency: amount in the target = amount * rate of its currency. */
public record ExchangeRates(String target, Map<String, BigDecimal> rates) {

    public static ExchangeRates bundled(ObjectMapper json, String target) {
        try (InputStream in = ExchangeRates.class.getResourceAsStream("/rates-eur.json")) {
            Map<String, BigDecimal> perEuro = json.readValue(in, json.getTypeFactory().constructMapType(TreeMap.class, String.class, BigDecimal.class));
            return fromEuroRates(perEuro, target);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled exchange rates cannot be read", e);
        }
    }

    public static ExchangeRates fromFile(ObjectMapper json, Path file, String target) {
        try {
            Map<String, BigDecimal> perEuro = json.readValue(Files.readString(file),
                    json.getTypeFactory().constructMapType(TreeMap.class, String.class, BigDecimal.class));
            return fromEuroRates(perEuro, target);
        } catch (IOException e) {
            throw new LedgerException("cannot read exchange rates from " + file + ": " + e.getMessage(), e);
        }
    }

    /** From rates given as units of each currency per euro. */
    static ExchangeRates fromEuroRates(Map<String, BigDecimal> perEuro, String target) {
        Map<String, BigDecimal> all = new TreeMap<>(perEuro);
        all.put("EUR", BigDecimal.ONE);
        BigDecimal targetPerEuro = all.get(target);
        if (targetPerEuro == null) {
            throw new LedgerException("no exchange rate for " + target + " (known: " + String.join(", ", all.keySet()) + ")");
        }
        Map<String, BigDecimal> toTarget = new TreeMap<>();
        all.forEach((currency, perEur) -> toTarget.put(currency, targetPerEuro.divide(perEur, MathContext.DECIMAL64)));
        return new ExchangeRates(target, toTarget);
    }

    public BigDecimal convert(BigDecimal amount, String currency) {
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw new LedgerException("no exchange rate for " + currency);
        }
        return amount.multiply(rate, MathContext.DECIMAL64);
    }
}
