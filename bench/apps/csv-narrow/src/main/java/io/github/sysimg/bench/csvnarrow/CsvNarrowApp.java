package io.github.sysimg.bench.csvnarrow;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a small CSV with a header line and prints one field of each record: CSVFormat and CSVParser. */
public final class CsvNarrowApp {

    private CsvNarrowApp() {
    }

    public static void main(String[] args) throws IOException {
        String csv = "name,city,age\nAda,London,36\n\"Hopper, Grace\",New York,85\nAlan,Wilmslow,41\n";
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                System.out.println(record.get("name") + " lives in " + record.get("city"));
            }
        }
    }
}
