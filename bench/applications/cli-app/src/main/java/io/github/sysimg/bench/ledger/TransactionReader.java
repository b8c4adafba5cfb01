package io.github.sysimg.bench.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a ledger from CSV (with a header line) or JSON (an array of transactions), by the file's extension. */
public final class TransactionReader {

    static final String[] HEADER = {"date", "account", "category", "description", "amount", "currency"};

    private final ObjectMapper json;

    public TransactionReader(ObjectMapper json) {
        this.json = json;
    }

    public List<Transaction> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return name.endsWith(".json") ? json.readValue(reader, new TypeReference<List<Transaction>>() { }) : readCsv(reader, file);
        } catch (NoSuchFileException e) {
            throw new LedgerException("no such file: " + file);
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    List<Transaction> readCsv(Reader reader, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        List<Transaction> transactions = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new LedgerException(file + ": the header has no column '" + column + "'");
                }
            }
            for (CSVRecord record : parser) {
                transactions.add(parse(record, file));
            }
        }
        return transactions;
    }

    private static Transaction parse(CSVRecord record, Path file) {
        String where = file + ", line " + record.getParser().getCurrentLineNumber();
        if (!record.isConsistent()) {
            throw new LedgerException(where + ": expected " + HEADER.length + " fields, found " + record.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get("date"));
        } catch (DateTimeParseException e) {
            throw new LedgerException(where + ": '" + record.get("date") + "' is not a date (YYYY-MM-DD)");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(record.get("amount"));
        } catch (NumberFormatException e) {
            throw new LedgerException(where + ": '" + record.get("amount") + "' is not an amount");
        }
        String currency = record.get("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new LedgerException(where + ": '" + record.get("currency") + "' is not a currency code");
        }
        return new Transaction(date, record.get("account"), record.get("category"), record.get("description"), amount, currency);
    }
}
