package io.github.sysimg.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionReaderTests {

    @TempDir
    Path dir;

    final TransactionReader reader = new TransactionReader(Json.mapper());

    Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsQuotedFieldsAndSkipsComments() throws Exception {
        List<Transaction> ledger = reader.read(file("a.csv", """
                date,account,category,description,amount,currency
                # opening
                2026-01-02,checking,restaurants,"Café, \"\"lunch\"\"",-12.50,eur
                """));
        assertThat(ledger).containsExactly(new Transaction(LocalDate.of(2026, 1, 2), "checking", "restaurants", "Café, \"lunch\"",
                new BigDecimal("-12.50"), "EUR"));
    }

    @Test
    void readsAJsonLedger() throws Exception {
        List<Transaction> ledger = reader.read(file("a.json", """
                [ { "date": "2026-01-02", "account": "checking", "category": "books", "description": "Bookshop",
                    "amount": -9.90, "currency": "EUR" } ]
                """));
        assertThat(ledger).singleElement().satisfies(t -> assertThat(t.amount()).isEqualTo(new BigDecimal("-9.90")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-13-01,checking,books,x,-1.00,EUR | line 2: '2026-13-01' is not a date (YYYY-MM-DD)",
        "2026-01-01,checking,books,x,ten,EUR   | line 2: 'ten' is not an amount",
        "2026-01-01,checking,books,x,-1.00,EURO | line 2: 'EURO' is not a currency code",
        "2026-01-01,checking,books,-1.00,EUR   | line 2: expected 6 fields, found 5",
    })
    void namesTheLineOfABadRecord(String line, String message) throws Exception {
        Path csv = file("bad.csv", "date,account,category,description,amount,currency\n" + line + "\n");
        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(LedgerException.class).hasMessage(csv + ", " + message);
    }

    @Test
    void namesAMissingColumn() throws Exception {
        Path csv = file("cols.csv", "date,account,amount,currency\n2026-01-01,checking,-1.00,EUR\n");
        assertThatThrownBy(() -> reader.read(csv)).hasMessageContaining("the header has no column 'category'");
    }
}
