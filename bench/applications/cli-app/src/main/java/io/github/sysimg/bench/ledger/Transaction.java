package io.github.sysimg.bench.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

public record Transaction(LocalDate date, String account, String category, String description, BigDecimal amount, String currency) {

    public YearMonth month() {
        return YearMonth.from(date);
    }

    @JsonIgnore
    public boolean isExpense() {
        return amount.signum() < 0;
    }
}
