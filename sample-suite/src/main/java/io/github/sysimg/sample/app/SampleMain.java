package io.github.sysimg.sample.app;

import io.github.sysimg.sample.templates.ClasspathTemplateLoader;
import io.github.sysimg.sample.templates.Template;
import io.github.sysimg.sample.templates.TemplateCache;
import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateException;
import io.github.sysimg.sample.templates.TemplateLoader;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small application built on the template engine: renders an invoice, an HTML catalog page, a
 * sales report and a notification e-mail over fixed data and prints them. The output depends on
 * nothing but this class, so it is identical on every run.
 */
public final class SampleMain {

    record Address(String street, String zip, String city, String country) {
    }

    record Customer(String name, String email, Address address) {
    }

    record LineItem(String sku, String description, int quantity, BigDecimal unitPrice) {
        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    enum Status { OPEN, PAID }

    record Invoice(String number, LocalDate issued, LocalDate asOf, int termsDays, String currency,
                   BigDecimal taxRate, Status status, Customer customer, List<LineItem> items) {
    }

    record MonthFigures(String month, long revenue, long target) {
    }

    record Region(String name, List<MonthFigures> months) {
        public boolean allOnTarget() {
            return months.stream().allMatch(m -> m.revenue() >= m.target());
        }
    }

    /** A classic JavaBean, so getter-based access is exercised next to records and maps. */
    public static final class Product {
        private final String sku;
        private final String name;
        private final BigDecimal price;
        private final int stock;
        private final List<String> tags;

        public Product(String sku, String name, String price, int stock, List<String> tags) {
            this.sku = sku;
            this.name = name;
            this.price = new BigDecimal(price);
            this.stock = stock;
            this.tags = tags;
        }

        public String getSku() {
            return sku;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public int getStock() {
            return stock;
        }

        public List<String> getTags() {
            return tags;
        }
    }

    private static final String SHIPPED_EMAIL = """
            Hi {{ customer.name | default('there') }},

            {{#order}}
            Good news: order {{ id }} shipped on {{ shippedOn | date('EEEE, MMMM d') }}.
            {{#tracking}}
            Track it here: https://track.example.com/{{ carrier | lower }}/{{ code | url }}
            {{/tracking}}
            {{^tracking}}
            Tracking details will follow in a separate message.
            {{/tracking}}

            {{ items | length }} item{{ items | length != 1 ? 's' : '' }}: {{ items | map('name') | join(', ') | truncate(60) }}
            {{/order}}
            {{#unless customer.optedOut}}

            P.S. {{ promo.headline | title }} - use code {{ promo.code | upper }} before {{ promo.until | date('MMM d') }}.
            {{/unless}}
            """;

    private static final String BROKEN = "Total: {{ amount | number('#,##0.00') }}\nCustomer: {{ customer.name | uper }}\n";

    private SampleMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        TemplateLoader loader = new ClasspathTemplateLoader(SampleMain.class.getClassLoader(),
                "io/github/sysimg/sample/app/templates/", ".tmpl");
        Map<String, Object> company = map(
                "name", "Northwind Tools & Co.",
                "address", new Address("12 Harbour Road", "04107", "Leipzig", "DE"));
        TemplateEngine text = TemplateEngine.builder()
                .loader(loader)
                .escapeHtml(false)
                .global("company", company)
                .build();
        TemplateEngine html = TemplateEngine.builder()
                .loader(loader)
                .strictVariables(true)
                .global("company", company)
                .build();

        section(out, "invoice.txt", text.render("invoice.txt", Map.of("invoice", invoice())));
        section(out, "catalog.html", html.render("catalog.html", catalog()));
        section(out, "report.txt", text.render("report.txt", report()));

        Template email = text.compile("shipped-email", SHIPPED_EMAIL);
        section(out, "shipped-email", email.render(email()));

        try {
            text.compile("broken", BROKEN);
            section(out, "error", "unexpectedly compiled\n");
        } catch (TemplateException e) {
            section(out, "error", e.getMessage() + "\n");
        }

        // Render again so the second pass is served from the cache, as a long-running app would.
        text.render("invoice.txt", Map.of("invoice", invoice()));
        out.println("=== cache ===");
        printStats(out, "text", text.cache().stats());
        printStats(out, "html", html.cache().stats());
        out.flush();
    }

    private static void section(PrintStream out, String title, String body) {
        out.println("=== " + title + " ===");
        out.print(body);
    }

    private static void printStats(PrintStream out, String name, TemplateCache.Stats stats) {
        out.printf("%s: %d templates, %d hits, %d misses%n", name, stats.size(), stats.hits(), stats.misses());
    }

    private static Invoice invoice() {
        Customer customer = new Customer("Ada Lovelace", "ada@example.org",
                new Address("221 Analytical Way", "10115", "Berlin", "DE"));
        List<LineItem> items = List.of(
                new LineItem("BRK-7", "Brass bracket, 7 cm", 40, new BigDecimal("0.85")),
                new LineItem("GEAR-220", "Precision gear wheel, 220 teeth, hardened steel", 3, new BigDecimal("149.90")),
                new LineItem("OIL-1L", "Machine oil (1 l)", 2, new BigDecimal("12.50")),
                new LineItem("SRV-H", "Calibration service, per hour", 5, new BigDecimal("95.00")));
        return new Invoice("INV-2024-0042", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 12), 30, "USD",
                new BigDecimal("0.19"), Status.OPEN, customer, items);
    }

    private static Map<String, Object> catalog() {
        List<Product> products = List.of(
                new Product("HAM-01", "Claw hammer", "24.90", 31, List.of("hand tools", "steel")),
                new Product("SAW-12", "Saw <japanese> & pull-stroke", "39.00", 4, List.of("hand tools")),
                new Product("DRL-20", "Cordless drill \"Pro\"", "129.00", 0, List.of()),
                new Product("TAP-05", "Tape measure, 5 m", "9.95", 120, List.of("measuring")));
        return map(
                "title", "Workshop essentials",
                "intro", "Tools we use every day - tested & approved by <our> team.",
                "campaign", "spring sale/2024",
                "footnote", "Prices include VAT. <a href=\"/shipping\">Shipping</a> is free over $50.",
                "products", products);
    }

    private static Map<String, Object> report() {
        return map(
                "year", 2024,
                "regions", List.of(
                        new Region("north east", List.of(
                                new MonthFigures("January", 120_500, 110_000),
                                new MonthFigures("February", 98_200, 105_000),
                                new MonthFigures("March", 143_900, 120_000))),
                        new Region("south", List.of(
                                new MonthFigures("January", 88_000, 80_000),
                                new MonthFigures("February", 91_250, 85_000),
                                new MonthFigures("March", 97_400, 90_000)))));
    }

    private static Map<String, Object> email() {
        return map(
                "customer", map("name", "Grace", "optedOut", false),
                "order", map(
                        "id", "SO-99812",
                        "shippedOn", LocalDate.of(2024, 5, 17),
                        "tracking", map("carrier", "DHL", "code", "JD0 1234 5678"),
                        "items", List.of(map("name", "Claw hammer"), map("name", "Tape measure, 5 m"),
                                map("name", "Machine oil (1 l)"), map("name", "Brass bracket, 7 cm"))),
                "promo", map("headline", "summer tool days", "code", "tools24", "until", LocalDate.of(2024, 6, 30)));
    }

    /** An insertion-ordered map, so iteration and JSON output are stable. */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            result.put((String) keyValues[i], keyValues[i + 1]);
        }
        return result;
    }
}
