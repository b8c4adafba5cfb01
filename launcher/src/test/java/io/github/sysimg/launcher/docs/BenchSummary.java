package io.github.sysimg.launcher.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * README's table of the gain, generated from the latest benchmark results: the applications' rows of
 * {@code bench/RESULTS-applications.md}, then the library programs of {@code bench/RESULTS.md} summed up per JDK.
 * Every figure comes from one of these files, and the table says which.
 */
public final class BenchSummary {
    private BenchSummary() {
    }

    /** A Markdown table: its rows, each a map from column header to cell. */
    static List<Map<String, String>> table(Path page, String firstHeader, String mustHaveHeader) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("| " + firstHeader + " |") && line.contains("| " + mustHaveHeader + " |")) {
                List<String> headers = cells(line);
                List<Map<String, String>> rows = new ArrayList<>();
                for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    List<String> cells = cells(lines.get(j));
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int k = 0; k < headers.size() && k < cells.size(); k++) {
                        row.put(headers.get(k), cells.get(k));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
        throw new IllegalStateException(page + " has no table whose columns start with \"" + firstHeader + "\" and name \""
                + mustHaveHeader + "\": bench/run.sh changed its output; change BenchSummary with it.");
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.replace("*", "").replaceAll("\\s*\\[.*", "").strip());
    }

    private static String date(Path page) throws IOException {
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("- Date: ")) {
                return line.substring("- Date: ".length()).strip();
            }
        }
        return "undated";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%,.0f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The rows of the table that starts with {@code header}, as cells by position; empty when the page has none. */
    static List<List<String>> rows(Path page, String header) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    rows.add(cells(lines.get(j)));
                }
                break;
            }
        }
        return rows;
    }

    /** E's point value of a cell such as {@code **0.98** [0.95, 1.01]}. */
    private static String efficiency(String cell) {
        return cell == null || cell.isBlank() ? "" : ratio(number(cell));
    }

    /** The table, from the bench folder ({@code bench/}). */
    public static String markdown(Path bench) throws IOException {
        Path applications = bench.resolve("RESULTS-applications.md");
        Path libraries = bench.resolve("RESULTS.md");
        StringBuilder out = new StringBuilder();
        out.append("| program | JDK | without the image | with it | ratio (below 1: faster) | E: gain against the JDK's own training on the "
                + "program (1: as good) | source |\n");
        out.append("|---|---|---:|---:|---:|---:|---|\n");
        Map<String, String> names = Map.of("spring-app", "Spring Boot 4 service (REST, JPA on H2)",
                "cli-app", "picocli command-line tool (CSV, Jackson, Mustache), one command");
        Map<String, String> what = Map.of("spring-app", ", start to a refreshed context");
        List<Map<String, String>> appRows = new ArrayList<>(table(applications, "app", "T_image (a)"));
        List<String> appOrder = appRows.stream().map(r -> r.get("app")).distinct().toList();
        // applications in the file's order, the newer JDK first
        java.util.Comparator<String[]> order = java.util.Comparator.comparingInt((String[] r) -> appOrder.indexOf(r[0]))
                .thenComparing(r -> -Integer.parseInt(r[1]));
        List<String[]> lines = new ArrayList<>();
        String source = "[RESULTS-applications.md](bench/RESULTS-applications.md), " + date(applications);
        for (Map<String, String> row : appRows) {
            String app = row.get("app");
            lines.add(new String[] {app, row.get("JDK"), "0", names.getOrDefault(app, app) + what.getOrDefault(app, ""),
                    row.get("T_default"), row.get("T_image (a)"), row.get("E (a) [90%]")});
        }
        // the served requests of a server: cells 2 to 5 the first request's, 8 to 11 the thousandth's
        for (List<String> cells : rows(applications, "| app | JDK | first request: default |")) {
            String app = cells.get(0);
            if (cells.size() < 12 || cells.get(2).equals("n/a") || cells.get(4).equals("n/a")) {
                continue;
            }
            lines.add(new String[] {app, cells.get(1), "1", names.getOrDefault(app, app) + ", first served request", cells.get(2), cells.get(4),
                    cells.get(5)});
            lines.add(new String[] {app, cells.get(1), "2", names.getOrDefault(app, app) + ", first 1,000 requests served", cells.get(8),
                    cells.get(10), cells.get(11)});
        }
        lines.sort(order.thenComparing(r -> r[2]));
        for (String[] line : lines) {
            double without = number(line[4]);
            double with = number(line[5]);
            out.append("| ").append(line[3]).append(" | ").append(line[1]).append(" | ").append(ms(without)).append(" | ").append(ms(with))
                    .append(" | **").append(ratio(with / without)).append("** | ").append(efficiency(line[6])).append(" | ").append(source)
                    .append(" |\n");
        }
        Map<String, List<Double>> byJdk = new LinkedHashMap<>();
        Map<String, List<Double>> efficiencies = new LinkedHashMap<>();
        for (Map<String, String> row : table(libraries, "app", "image/default")) {
            byJdk.computeIfAbsent(row.get("JDK"), k -> new ArrayList<>()).add(number(row.get("image/default")));
            efficiencies.computeIfAbsent(row.get("JDK"), k -> new ArrayList<>()).add(number(row.get("E [90% interval]")));
        }
        String librariesDate = date(libraries);
        byJdk.entrySet().stream().sorted((a, b) -> Integer.compare(Integer.parseInt(b.getKey()), Integer.parseInt(a.getKey()))).forEach(e -> {
            List<Double> ratios = new ArrayList<>(e.getValue());
            ratios.sort(null);
            int n = ratios.size();
            out.append("| ").append(n).append(" small programs on five Apache Commons libraries: median (best, worst) | ")
                    .append(e.getKey()).append(" | | | **").append(ratio(median(ratios))).append("** (").append(ratio(ratios.get(0)))
                    .append(", ").append(ratio(ratios.get(n - 1))).append(") | ").append(ratio(median(efficiencies.get(e.getKey()))))
                    .append(" | [RESULTS.md](bench/RESULTS.md), ").append(librariesDate).append(" |\n");
        });
        return out.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
