package io.github.sysimg.bench.csvapp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * A small command-line app that does a few typical things with Apache Commons CSV and prints
 * deterministic output. It is the start-up workload of the benchmark: the images are judged on how fast
 * this app starts and runs, never on the library's own tests.
 */
public final class CsvApp {

    private static final String ORDERS = String.join("\r\n",
            "id,customer,item,quantity,unit_price",
            "1,\"Smith, Jane\",widget,4,2.50",
            "2,Bob,gadget,1,19.99",
            "3,\"O'Neil \"\"Ace\"\"\",widget,10,2.25",
            "4,Bob,\"gizmo, large\",2,7.00",
            "5,Ada,gadget,3,18.50",
            "");

    private static final String TSV = "name\tlanguage\tyear\nCommons CSV\tJava\t2014\nawk\tC\t1977\n";

    private CsvApp() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run() throws IOException {
        CSVFormat input = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Map<String, Double> totals = new TreeMap<>();
        Map<String, Integer> quantities = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(ORDERS), input)) {
            System.out.println("header: " + parser.getHeaderNames());
            for (CSVRecord record : parser) {
                String customer = record.get("customer");
                int quantity = Integer.parseInt(record.get("quantity"));
                double price = Double.parseDouble(record.get("unit_price"));
                totals.merge(customer, quantity * price, Double::sum);
                quantities.merge(record.get("item"), quantity, Integer::sum);
                System.out.println("record " + record.getRecordNumber() + ": " + record.toMap());
            }
        }

        StringBuilder out = new StringBuilder();
        CSVFormat output = CSVFormat.DEFAULT.builder()
                .setHeader("customer", "total")
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator('\n')
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, output)) {
            for (Map.Entry<String, Double> e : totals.entrySet()) {
                printer.printRecord(e.getKey(), String.format(Locale.ROOT, "%.2f", e.getValue()));
            }
        }
        System.out.print(out);

        StringBuilder items = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get().print(items)) {
            printer.printRecord("item", "quantity");
            printer.printRecords(quantities.entrySet().stream()
                    .map(e -> new Object[] {e.getKey(), e.getValue()})
                    .toList());
        }
        System.out.print(items.toString().replace("\r\n", "\n"));

        try (CSVParser tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(TSV))) {
            for (CSVRecord record : tsv) {
                System.out.println(record.get("name") + " (" + record.get("language") + ", " + record.get("year") + ")");
            }
        }
    }
}
