package io.github.sysimg.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryTests {

    static final ExchangeRates RATES = ExchangeRates.fromEuroRates(Map.of("USD", new BigDecimal("1.25"), "GBP", new BigDecimal("0.80")), "EUR");

    static Transaction t(String date, String category, String amount, String currency) {
        return new Transaction(LocalDate.parse(date), "checking", category, "x", new BigDecimal(amount), currency);
    }

    @Test
    void totalsIncomeAndExpensesPerGroupMostNegativeFirst() {
        Summary summary = Summary.of("t", List.of(t("2026-01-01", "food", "-10.00", "EUR"), t("2026-01-02", "food", "-12.50", "USD"),
                t("2026-01-03", "pay", "100.00", "EUR")), Summary.GroupBy.CATEGORY, RATES);
        assertThat(summary.groups()).extracting(Summary.Group::key).containsExactly("food", "pay");
        assertThat(summary.groups().get(0).expenses()).isEqualTo(new BigDecimal("-20.00"));
        assertThat(summary.groups().get(0).largestExpense()).isEqualTo(new BigDecimal("-10.00"));
        assertThat(summary.net()).isEqualTo(new BigDecimal("80.00"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} EUR")
    @CsvSource({"100.00, EUR, 100.00", "125.00, USD, 100.00", "80.00, GBP, 100.00", "-1.25, USD, -1.00"})
    void convertsToTheTargetCurrency(BigDecimal amount, String currency, BigDecimal euros) {
        assertThat(RATES.convert(amount, currency)).isEqualByComparingTo(euros);
    }

    @Test
    void convertsBetweenTwoForeignCurrencies() {
        ExchangeRates toUsd = ExchangeRates.fromEuroRates(Map.of("USD", new BigDecimal("1.25"), "GBP", new BigDecimal("0.80")), "USD");
        assertThat(toUsd.convert(new BigDecimal("80.00"), "GBP")).isEqualByComparingTo("125.00");
    }

    @Test
    void theBundledRatesKnowTheUsualCurrencies() {
        ExchangeRates rates = ExchangeRates.bundled(Json.mapper(), "CHF");
        assertThat(rates.rates()).containsKeys("EUR", "USD", "GBP", "JPY", "CHF");
        assertThat(rates.convert(BigDecimal.TEN, "CHF")).isEqualByComparingTo("10");
    }

    @Test
    void refusesAnUnknownSourceCurrency() {
        assertThatThrownBy(() -> RATES.convert(BigDecimal.ONE, "XYZ")).hasMessage("no exchange rate for XYZ");
    }
}
