package io.github.sysimg.bench.ledger;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a summary with the bundled Mustache templates, amounts formatted for a locale. */
public final class Report {

    private final MustacheFactory templates = new DefaultMustacheFactory("templates");
    private final Locale locale;

    public Report(Locale locale) {
        this.locale = locale;
    }

    public void render(Summary summary, Format format, Writer out) throws IOException {
        String template = switch (format) {
            case TEXT -> "summary.txt.mustache";
            case HTML -> "summary.html.mustache";
            default -> throw new IllegalArgumentException("no template for " + format);
        };
        Mustache mustache = templates.compile(template);
        mustache.execute(out, model(summary)).flush();
    }

    Map<String, Object> model(Summary summary) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(summary.currency()));
        List<Map<String, Object>> groups = summary.groups().stream()
                .map(g -> Map.<String, Object>of(
                        "key", g.key(),
                        "count", g.count(),
                        "income", money.format(g.income()),
                        "expenses", money.format(g.expenses()),
                        "net", money.format(g.net()),
                        "negative", g.net().signum() < 0,
                        "largest", money.format(g.largestExpense()),
                        "share", share(g.expenses(), summary.expenses())))
                .toList();
        return Map.of(
                "title", summary.title(),
                "groupedBy", summary.groupedBy(),
                "currency", summary.currency(),
                "transactions", summary.transactions(),
                "groups", groups,
                "income", money.format(summary.income()),
                "expenses", money.format(summary.expenses()),
                "net", money.format(summary.net()));
    }

    private String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "-";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent.format(part.divide(whole, MathContext.DECIMAL64));
    }
}
