package io.github.sysimg.bench.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Totals of a ledger by a key, in one currency. */
public record Summary(String title, String groupedBy, String currency, List<Group> groups, BigDecimal income, BigDecimal expenses,
        int transactions) {

    public record Group(String key, int count, BigDecimal income, BigDecimal expenses, BigDecimal net, BigDecimal largestExpense) {
    }

    public enum GroupBy {
        CATEGORY(Transaction::category), MONTH(t -> t.month().toString()), ACCOUNT(Transaction::account);

        final Function<Transaction, String> key;

        GroupBy(Function<Transaction, String> key) {
            this.key = key;
        }
    }

    public BigDecimal net() {
        return income.add(expenses);
    }

    public static Summary of(String title, List<Transaction> transactions, GroupBy groupBy, ExchangeRates rates) {
        Map<String, List<Transaction>> byKey = transactions.stream()
                .collect(Collectors.groupingBy(groupBy.key, TreeMap::new, Collectors.toList()));
        List<Group> groups = byKey.entrySet().stream()
                .map(e -> group(e.getKey(), e.getValue(), rates))
                .sorted(groupBy == GroupBy.MONTH ? Comparator.comparing(Group::key) : Comparator.comparing(Group::net))
                .toList();
        BigDecimal income = groups.stream().map(Group::income).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = groups.stream().map(Group::expenses).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Summary(title, groupBy.name().toLowerCase(), rates.target(), groups, income, expenses, transactions.size());
    }

    private static Group group(String key, List<Transaction> transactions, ExchangeRates rates) {
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal expenses = BigDecimal.ZERO;
        BigDecimal largest = BigDecimal.ZERO;
        for (Transaction t : transactions) {
            BigDecimal amount = rates.convert(t.amount(), t.currency());
            if (amount.signum() < 0) {
                expenses = expenses.add(amount);
                largest = largest.min(amount);
            } else {
                income = income.add(amount);
            }
        }
        return new Group(key, transactions.size(), scale(income), scale(expenses), scale(income.add(expenses)), scale(largest));
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
