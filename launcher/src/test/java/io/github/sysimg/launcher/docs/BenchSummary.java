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

    /** The table, from the bench folder ({@code bench/}). */
    public static String markdown(Path bench) throws IOException {
        Path applications = bench.resolve("RESULTS-applications.md");
        Path libraries = bench.resolve("RESULTS.md");
        StringBuilder out = new StringBuilder();
        out.append("| program | JDK | start-up without the image | with it | ratio (below 1: faster) | source |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        Map<String, String> names = Map.of("spring-app", "Spring Boot 4 service (REST, JPA on H2), to a refreshed context",
                "cli-app", "picocli command-line tool (CSV, Jackson, Mustache), one command");
        List<Map<String, String>> appRows = new ArrayList<>(table(applications, "app", "T_image (a)"));
        List<String> appOrder = appRows.stream().map(r -> r.get("app")).distinct().toList();
        // applications in the file's order, the newer JDK first
        appRows.sort(java.util.Comparator.comparingInt((Map<String, String> r) -> appOrder.indexOf(r.get("app")))
                .thenComparing(r -> -Integer.parseInt(r.get("JDK"))));
        for (Map<String, String> row : appRows) {
            double without = number(row.get("T_default"));
            double with = number(row.get("T_image (a)"));
            String app = row.get("app");
            out.append("| ").append(names.getOrDefault(app, app)).append(" | ").append(row.get("JDK")).append(" | ")
                    .append(ms(without)).append(" | ").append(ms(with)).append(" | **").append(ratio(with / without)).append("** | ")
                    .append("[RESULTS-applications.md](bench/RESULTS-applications.md), ").append(date(applications)).append(" |\n");
        }
        Map<String, List<Double>> byJdk = new LinkedHashMap<>();
        for (Map<String, String> row : table(libraries, "app", "image/default")) {
            byJdk.computeIfAbsent(row.get("JDK"), k -> new ArrayList<>()).add(number(row.get("image/default")));
        }
        String librariesDate = date(libraries);
        byJdk.entrySet().stream().sorted((a, b) -> Integer.compare(Integer.parseInt(b.getKey()), Integer.parseInt(a.getKey()))).forEach(e -> {
            List<Double> ratios = new ArrayList<>(e.getValue());
            ratios.sort(null);
            int n = ratios.size();
            double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
            out.append("| ").append(n).append(" small programs on five Apache Commons libraries: median (best, worst) | ")
                    .append(e.getKey()).append(" | | | **").append(ratio(median)).append("** (").append(ratio(ratios.get(0)))
                    .append(", ").append(ratio(ratios.get(n - 1))).append(") | [RESULTS.md](bench/RESULTS.md), ")
                    .append(librariesDate).append(" |\n");
        });
        return out.toString();
    }
}
