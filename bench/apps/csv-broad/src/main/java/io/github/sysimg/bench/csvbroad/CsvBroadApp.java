package io.github.sysimg.bench.csvbroad;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * An order-export tool: writes a large order file, reads it back binding each record to a Java record by
 * reflection, aggregates by country and month, and prints the report in several locales and CSV dialects.
 */
public final class CsvBroadApp {

    record Order(long id, String customer, String country, LocalDate date, BigDecimal amount, int quantity) {
    }

    private static final String[] NAMES = {"Smith, Jane", "Bob", "O'Neil \"Ace\"", "Ada", "Grace\nHopper", "Linus", "Zoë", "Björn"};
    private static final String[] COUNTRIES = {"DE", "FR", "JP", "US", "BR", "SE"};

    private CsvBroadApp() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("orders", ".csv");
        try {
            write(file, 10_000);
            List<Order> orders = read(file);
            report(orders);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int count) throws IOException {
        Random random = new Random(7);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("id", "customer", "country", "date", "amount", "quantity").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(out, format)) {
            for (int i = 0; i < count; i++) {
                printer.printRecord(i + 1, NAMES[random.nextInt(NAMES.length)], COUNTRIES[random.nextInt(COUNTRIES.length)],
                        LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)),
                        BigDecimal.valueOf(random.nextInt(100_000), 2), 1 + random.nextInt(9));
            }
        }
    }

    private static List<Order> read(Path file) throws Exception {
        RecordComponent[] components = Order.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<Order> constructor = Order.class.getDeclaredConstructor(types);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Order> orders = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
            for (CSVRecord record : parser) {
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = convert(record.get(components[i].getName()), types[i]);
                }
                orders.add(constructor.newInstance(values));
            }
        }
        System.out.println("read " + orders.size() + " orders, first: " + orders.get(0));
        return orders;
    }

    private static Object convert(String value, Class<?> type) {
        if (type == long.class) {
            return Long.parseLong(value);
        } else if (type == int.class) {
            return Integer.parseInt(value);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(value);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(value);
        }
        return value;
    }

    private static void report(List<Order> orders) throws IOException {
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        for (Order o : orders) {
            byCountry.merge(o.country(), o.amount().multiply(BigDecimal.valueOf(o.quantity())), BigDecimal::add);
            byMonth.merge(YearMonth.from(o.date()), o.quantity(), Integer::sum);
        }
        Map<String, Locale> locales = Map.of("DE", Locale.GERMANY, "FR", Locale.FRANCE, "JP", Locale.JAPAN, "US", Locale.US,
                "BR", Locale.forLanguageTag("pt-BR"), "SE", Locale.forLanguageTag("sv-SE"));
        StringWriter excel = new StringWriter();
        try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader("country", "total", "month with most items").get().print(excel)) {
            for (Map.Entry<String, BigDecimal> e : byCountry.entrySet()) {
                Locale locale = locales.get(e.getKey());
                YearMonth best = byMonth.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                printer.printRecord(e.getKey(), NumberFormat.getCurrencyInstance(locale).format(e.getValue().setScale(2, RoundingMode.HALF_UP)),
                        DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(best));
            }
        }
        System.out.print(excel.toString().replace("\r\n", "\n"));
        try (CSVParser back = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(excel.toString()))) {
            System.out.println("excel rows read back: " + back.getRecords().size());
        }
        StringWriter tsv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(tsv, CSVFormat.TDF.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator('\n').get())) {
            for (Map.Entry<YearMonth, Integer> e : byMonth.entrySet()) {
                printer.printRecord(e.getKey(), e.getValue());
            }
        }
        System.out.print(tsv);
        StringWriter mysql = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(mysql, CSVFormat.MYSQL)) {
            printer.printRecord(orders.get(0).id(), orders.get(0).customer(), null);
        }
        System.out.print(mysql);
    }
}
