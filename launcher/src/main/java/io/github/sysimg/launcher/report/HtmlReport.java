package io.github.sysimg.launcher.report;

import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ReportModel} as one self-contained page: well-formed XHTML (so the JDK's XML parser reads it
 * back) served as HTML, with inline CSS and inline SVG charts, no scripts, no fonts, nothing fetched. Every text
 * from the statements, the class path or the command line is escaped.
 */
public final class HtmlReport {
    /** The comments around the start-up section, which {@code verify --report} replaces. */
    public static final String STARTUP_BEGIN = "<!--sysimg:startup-->";
    public static final String STARTUP_END = "<!--/sysimg:startup-->";

    /** How many tests the ranking shows before the rest fold away. */
    static final int TOP_TESTS = 25;
    /** How many packages the chart draws; the table lists all. */
    static final int CHART_PACKAGES = 40;

    private static final String CLASSES = "#2563eb";
    private static final String METHODS = "#0d9488";
    private static final String JDK = "#7c3aed";
    private static final String LAMBDAS = "#d97706";
    private static final String DEFAULT_LIST = "#cbd5e1";
    private static final String FROM_IMAGE = "#16a34a";
    private static final String FROM_JARS = "#dc2626";
    private static final String RUNTIME = "#94a3b8";
    private static final String TRACK = "#e8edf4";

    private static final String CSS = """
            :root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --bg: #f6f8fb; --card: #ffffff; --accent: #2563eb; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--ink);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
            header.top { background: #0f172a; color: #e2e8f0; padding: 28px 40px 24px; }
            header.top .brand { font-size: 12px; letter-spacing: .12em; text-transform: uppercase; color: #93c5fd; font-weight: 600; }
            header.top h1 { margin: 4px 0 6px; font-size: 26px; font-weight: 650; color: #fff; }
            header.top .meta { margin: 0; color: #cbd5e1; font-size: 13px; }
            header.top .meta code { color: #e2e8f0; }
            main { max-width: 1200px; margin: 0 auto; padding: 24px 40px 40px; }
            section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 24px; margin: 0 0 20px; }
            section.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; background: none; border: 0; padding: 0; }
            .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; }
            .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
            .card .value { font-size: 28px; font-weight: 650; margin-top: 2px; font-variant-numeric: tabular-nums; }
            .card .value .of { font-size: 16px; color: var(--muted); font-weight: 500; }
            .card .sub { color: var(--muted); font-size: 12.5px; }
            .meter { height: 6px; background: #e8edf4; border-radius: 3px; margin-top: 10px; overflow: hidden; }
            .meter span { display: block; height: 100%; border-radius: 3px; }
            h2 { font-size: 17px; margin: 0 0 4px; font-weight: 650; }
            h3 { font-size: 13px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
            p.note { margin: 0 0 14px; color: var(--muted); }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font-family: inherit; }
            table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: middle; }
            th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .04em; background: #f8fafc; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            tr:last-child td { border-bottom: 0; }
            code, .mono { font-family: "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
            .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
            .bar { display: inline-block; width: 120px; height: 8px; background: #e8edf4; border-radius: 4px; vertical-align: middle; margin-right: 8px; overflow: hidden; }
            .bar span { display: block; height: 100%; background: var(--accent); }
            .badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; background: #eef2ff; color: #4338ca; margin-left: 6px; }
            .badge.failed { background: #fee2e2; color: #b91c1c; }
            .uid { color: var(--muted); font-size: 11.5px; display: block; overflow-wrap: anywhere; }
            details { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 8px 0; background: #fcfdfe; }
            details summary { cursor: pointer; font-weight: 600; }
            details summary .count { color: var(--muted); font-weight: 400; }
            ul.names { columns: 2; column-gap: 24px; margin: 6px 0; padding-left: 18px; }
            ul.names li { break-inside: avoid; overflow-wrap: anywhere; }
            .two { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; align-items: start; }
            .big { font-size: 22px; font-weight: 650; }
            .muted { color: var(--muted); }
            .nowrap { white-space: nowrap; }
            footer { max-width: 1200px; margin: 0 auto; padding: 0 40px 32px; color: var(--muted); font-size: 12px; }
            """;

    /** How many never-exercised names the page lists; the report folder's never-exercised.txt has them all. */
    static final int UNEXERCISED_NAMES = 5000;

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private List<String> runFacts = List.of();

    private HtmlReport() {
    }

    /** The page. */
    public static String render(ReportModel model) {
        return render(model, List.of());
    }

    /** The page, with sentences about the run (its tests' outcome, its training) at the top. */
    public static String render(ReportModel model, List<String> runFacts) {
        HtmlReport page = new HtmlReport();
        page.runFacts = List.copyOf(runFacts);
        page.page(model);
        return page.out.toString();
    }

    /** Only the start-up section, between its marker comments, for {@code verify --report} to splice in. */
    public static String startupSection(Startup startup) {
        HtmlReport page = new HtmlReport();
        page.startup(startup);
        return page.out.toString();
    }

    private void page(ReportModel m) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>sysimg-tests report").append(m.image() == null ? "" : ": " + esc(m.image().image().getFileName().toString()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(m);
        out.append("<main>\n");
        cards(m);
        run(m);
        packages(m);
        holdings(m);
        startup(m.startup());
        tests(m);
        unexercised(m);
        out.append("</main>\n<footer>Made by sysimg-tests ").append(esc(ImageMetadata.currentToolVersion())).append(" on ")
                .append(esc(m.generated())).append(" from the statements file and the image class path's jars. ")
                .append("One self-contained file: no scripts, no fonts, nothing fetched.</footer>\n</body>\n</html>\n");
    }

    private void header(ReportModel m) {
        Map<String, String> h = m.header();
        out.append("<header class=\"top\">\n<div class=\"brand\">sysimg-tests report</div>\n<h1>");
        out.append(m.image() == null ? "What the tests exercised" : "What the image " + esc(m.image().image().getFileName().toString()) + " holds");
        out.append("</h1>\n<p class=\"meta\">");
        List<String> parts = new ArrayList<>();
        if (m.image() != null) {
            parts.add(esc(m.image().kind()) + (m.image().trained() ? ", trained by running the tests again" : ""));
        }
        if (h.containsKey("jdk")) {
            parts.add("JDK " + esc(h.get("jdk")));
        }
        parts.add("included packages <code>" + esc(String.join(", ", m.includes())) + "</code>");
        if (h.containsKey("selectors") && !h.get("selectors").isBlank()) {
            parts.add("workload <code>" + esc(h.get("selectors")) + "</code>");
        }
        if (h.containsKey("time")) {
            parts.add("recorded " + esc(h.get("time")));
        }
        out.append(String.join(" &#183; ", parts)).append("</p>\n</header>\n");
    }

    private void cards(ReportModel m) {
        out.append("<section class=\"cards\" id=\"summary\">\n");
        card("Classes exercised", "classes-exercised", m.exercisedClasses(), "classes-total", m.totalClasses(),
                pct(m.exercisedClasses(), m.totalClasses()) + " of the included packages' classes were loaded", CLASSES,
                share(m.exercisedClasses(), m.totalClasses()));
        card("Methods exercised", "methods-exercised", m.exercisedMethods(), "methods-total", m.totalMethods(),
                pct(m.exercisedMethods(), m.totalMethods()) + " of their methods and constructors ran", METHODS,
                share(m.exercisedMethods(), m.totalMethods()));
        out.append("<div class=\"card\"><div class=\"label\">Tests</div><div class=\"value\"><span id=\"tests-count\">").append(m.tests())
                .append("</span></div><div class=\"sub\"><span id=\"suite-seconds\">").append(seconds(m.suiteMillis()))
                .append("</span> s of test time; <span id=\"contributing-tests\">").append(contributing(m))
                .append("</span> first exercised something</div></div>\n");
        if (m.image() != null) {
            out.append("<div class=\"card\"><div class=\"label\">Image size</div><div class=\"value\"><span id=\"image-mb\">")
                    .append(String.format(Locale.ROOT, "%.1f", m.image().megabytes())).append("</span> <span class=\"of\">MB</span></div>")
                    .append("<div class=\"sub\">").append(esc(m.image().kind())).append(", ")
                    .append(m.image().includedClasses() + m.image().jdkBeyondDefault() + m.image().otherClasses())
                    .append(" classes, ").append(m.image().lambdas()).append(" lambdas</div></div>\n");
        } else {
            out.append("<div class=\"card\"><div class=\"label\">Statements</div><div class=\"value\">")
                    .append(m.classStatements() + m.methodStatements() + m.jdkStatements() + m.lambdaStatements())
                    .append("</div><div class=\"sub\">no image was built</div></div>\n");
        }
        out.append("</section>\n");
    }

    private void card(String label, String id, int value, String totalId, int total, String sub, String color, double share) {
        out.append("<div class=\"card\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value\"><span id=\"")
                .append(id).append("\">").append(value).append("</span> <span class=\"of\">/ <span id=\"").append(totalId).append("\">")
                .append(total).append("</span></span></div><div class=\"sub\">").append(esc(sub)).append("</div>")
                .append("<div class=\"meter\"><span style=\"width:").append(fmt(100 * share)).append("%;background:").append(color)
                .append("\"></span></div></div>\n");
    }

    private void packages(ReportModel m) {
        out.append("<section id=\"packages\">\n<h2>Exercised by package</h2>\n<p class=\"note\">Classes the tests loaded and methods ")
                .append("they ran, against all those the image class path's jars hold in each included package.");
        if (m.notOnImageClassPath() > 0) {
            out.append(" ").append(m.notOnImageClassPath()).append(" recorded classes and methods are not on the image class path.");
        }
        out.append("</p>\n");
        List<ReportModel.PackageStats> shown = m.packages().stream()
                .sorted(Comparator.comparingInt(ReportModel.PackageStats::classes).reversed().thenComparing(ReportModel.PackageStats::name))
                .limit(CHART_PACKAGES).sorted(Comparator.comparing(ReportModel.PackageStats::name)).toList();
        if (!shown.isEmpty()) {
            packageChart(shown);
        }
        out.append("<table id=\"package-table\">\n<thead><tr><th>Package</th><th class=\"n\">Classes loaded</th><th class=\"n\">of</th>")
                .append("<th class=\"n\">Share</th><th class=\"n\">Methods run</th><th class=\"n\">of</th><th class=\"n\">Share</th></tr></thead>\n<tbody>\n");
        for (ReportModel.PackageStats p : m.packages()) {
            out.append("<tr data-package=\"").append(esc(p.name())).append("\"><td><code>").append(esc(displayPackage(p.name())))
                    .append("</code></td><td class=\"n\" data-key=\"classes-exercised\">").append(p.exercisedClasses())
                    .append("</td><td class=\"n\" data-key=\"classes-total\">").append(p.classes()).append("</td><td class=\"n\">")
                    .append(pct(p.exercisedClasses(), p.classes())).append("</td><td class=\"n\" data-key=\"methods-exercised\">")
                    .append(p.exercisedMethods()).append("</td><td class=\"n\" data-key=\"methods-total\">").append(p.methods())
                    .append("</td><td class=\"n\">").append(pct(p.exercisedMethods(), p.methods())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void packageChart(List<ReportModel.PackageStats> packages) {
        int longest = packages.stream().mapToInt(p -> displayPackage(p.name()).length()).max().orElse(10);
        int width = 1100;
        int label = Math.min(440, 16 + (int) Math.ceil(longest * 7.0));
        int right = 210;
        int barWidth = width - label - right;
        int row = 40;
        int top = 28;
        int height = top + row * packages.size() + 4;
        out.append("<svg id=\"package-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Classes and methods exercised per package\">\n");
        legendItem(label, 12, CLASSES, "classes loaded");
        legendItem(label + 150, 12, METHODS, "methods run");
        legendItem(label + 290, 12, TRACK, "not exercised");
        int y = top;
        for (ReportModel.PackageStats p : packages) {
            out.append("<g><title>").append(esc(p.name())).append(": ").append(p.exercisedClasses()).append(" of ").append(p.classes())
                    .append(" classes, ").append(p.exercisedMethods()).append(" of ").append(p.methods()).append(" methods</title>\n");
            out.append("<text x=\"").append(label - 12).append("\" y=\"").append(y + 21).append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#0f172a\">")
                    .append(esc(displayPackage(p.name()))).append("</text>\n");
            bar(label, y + 6, barWidth, 11, share(p.exercisedClasses(), p.classes()), CLASSES);
            bar(label, y + 21, barWidth, 11, share(p.exercisedMethods(), p.methods()), METHODS);
            out.append("<text x=\"").append(label + barWidth + 12).append("\" y=\"").append(y + 16).append("\" font-size=\"12\" fill=\"#334155\">")
                    .append(p.exercisedClasses()).append('/').append(p.classes()).append(" classes (").append(pct(p.exercisedClasses(), p.classes()))
                    .append(")</text>\n");
            out.append("<text x=\"").append(label + barWidth + 12).append("\" y=\"").append(y + 31).append("\" font-size=\"12\" fill=\"#334155\">")
                    .append(p.exercisedMethods()).append('/').append(p.methods()).append(" methods (").append(pct(p.exercisedMethods(), p.methods()))
                    .append(")</text>\n</g>\n");
            y += row;
        }
        out.append("</svg>\n");
    }

    private void bar(int x, int y, int width, int height, double share, String color) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" rx=\"3\" fill=\"").append(TRACK).append("\"/>");
        if (share > 0) {
            out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(fmt(Math.max(2, width * share)))
                    .append("\" height=\"").append(height).append("\" rx=\"3\" fill=\"").append(color).append("\"/>");
        }
        out.append('\n');
    }

    private void legendItem(int x, int y, String color, String text) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"11\" height=\"11\" rx=\"2\" fill=\"").append(color)
                .append("\"/><text x=\"").append(x + 17).append("\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#475569\">").append(esc(text))
                .append("</text>\n");
    }

    private void holdings(ReportModel m) {
        out.append("<section id=\"image\">\n<h2>What the image holds</h2>\n");
        if (m.image() == null) {
            out.append("<p class=\"note\">No image was built with this report. The statements hold ").append(m.classStatements())
                    .append(" classes, ").append(m.jdkStatements()).append(" JDK classes and ").append(m.lambdaStatements())
                    .append(" lambdas.</p>\n</section>\n");
            return;
        }
        ImageFacts f = m.image();
        out.append("<p class=\"note\">The image's class list by origin: what the tests showed the library needs, on top of the ")
                .append("JDK's own default class list").append(f.trained() ? " (and what the training run loaded)" : "")
                .append(". <span class=\"mono\">").append(esc(f.image().toString())).append("</span>")
                .append(f.classList().isEmpty() ? "" : "; the class list it was dumped from: <a href=\"" + Reports.CLASS_LIST + "\">"
                        + Reports.CLASS_LIST + "</a>")
                .append("</p>\n");
        List<String[]> parts = List.of(
                new String[] {"Included packages' classes", Integer.toString(f.includedClasses()), CLASSES, "image-included"},
                new String[] {"JDK classes beyond the default list", Integer.toString(f.jdkBeyondDefault()), JDK, "image-jdk"},
                new String[] {"Lambdas of included code", Integer.toString(f.lambdas()), LAMBDAS, "image-lambdas"},
                new String[] {f.trained() ? "JDK default list and training run" : "JDK default class list", Integer.toString(f.otherClasses()),
                        DEFAULT_LIST, "image-default"});
        stackedBar("image-chart", "The image's class list by origin", parts);
        out.append("<div class=\"two\"><table>\n<thead><tr><th>Origin</th><th class=\"n\">Entries</th><th class=\"n\">Share</th></tr></thead>\n<tbody>\n");
        int total = parts.stream().mapToInt(p -> Integer.parseInt(p[1])).sum();
        for (String[] p : parts) {
            out.append("<tr><td><span class=\"swatch\" style=\"background:").append(p[2]).append("\"></span>").append(esc(p[0]))
                    .append("</td><td class=\"n\" id=\"").append(p[3]).append("\">").append(p[1]).append("</td><td class=\"n\">")
                    .append(pct(Integer.parseInt(p[1]), total)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<div><div class=\"big\">").append(String.format(Locale.ROOT, "%.1f MB", f.megabytes()))
                .append("</div><div class=\"muted\">").append(esc(f.kind())).append(", ").append(f.bytes()).append(" bytes on disk. ")
                .append("The statements file adds ").append(m.classStatements()).append(" classes, ").append(m.methodStatements())
                .append(" methods, ").append(m.jdkStatements()).append(" JDK classes and ").append(m.lambdaStatements())
                .append(" lambdas from ").append(m.tests()).append(" tests.</div></div></div>\n</section>\n");
    }

    /** One horizontal bar of segments {label, count, color, id} with their labels under it. */
    private void stackedBar(String id, String title, List<String[]> parts) {
        int width = 1100;
        int total = parts.stream().mapToInt(p -> Integer.parseInt(p[1])).sum();
        out.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
                .append(" 64\" width=\"").append(width).append("\" height=\"64\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        out.append("<rect x=\"0\" y=\"4\" width=\"").append(width).append("\" height=\"26\" rx=\"5\" fill=\"").append(TRACK).append("\"/>\n");
        double x = 0;
        int legendX = 0;
        for (String[] p : parts) {
            int count = Integer.parseInt(p[1]);
            double w = total == 0 ? 0 : width * (double) count / total;
            if (count > 0) {
                w = Math.max(w, 3);
                out.append("<rect x=\"").append(fmt(x)).append("\" y=\"4\" width=\"").append(fmt(Math.min(w, width - x))).append("\" height=\"26\" fill=\"")
                        .append(p[2]).append("\"><title>").append(esc(p[0])).append(": ").append(count).append("</title></rect>\n");
            }
            x += w;
            out.append("<rect x=\"").append(legendX).append("\" y=\"44\" width=\"11\" height=\"11\" rx=\"2\" fill=\"").append(p[2])
                    .append("\"/><text x=\"").append(legendX + 17).append("\" y=\"54\" font-size=\"12\" fill=\"#475569\">").append(esc(p[0]))
                    .append(": ").append(count).append("</text>\n");
            legendX += Math.max(170, 40 + (p[0].length() + p[1].length()) * 7);
        }
        out.append("</svg>\n");
    }

    private void startup(Startup s) {
        out.append(STARTUP_BEGIN).append('\n');
        out.append("<section id=\"startup\">\n<h2>Start-up</h2>\n");
        if (s == null) {
            out.append("<p class=\"note\">No start-up numbers yet: run <code>sysimg-tests verify --image IMAGE --report DIR -- MAINCLASS</code> ")
                    .append("with this report's folder to add where a run's classes come from.</p>\n</section>\n");
        } else {
            out.append("<p class=\"note\">Where the classes of one run of <code>").append(esc(s.program())).append("</code> came from (")
                    .append("<code>verify</code>, ").append(esc(s.time())).append(", exit code ").append(s.exitCode()).append(").</p>\n");
            out.append("<p><span class=\"big\"><span id=\"startup-included-from-image\">").append(s.includedFromImage())
                    .append("</span> of <span id=\"startup-included-total\">").append(s.includedTotal())
                    .append("</span></span> <span class=\"muted\">classes of the image class path were served from the image (")
                    .append(pct(s.includedFromImage(), s.includedTotal())).append(").</span></p>\n");
            stackedBar("startup-chart", "Loaded classes by source", List.of(
                    new String[] {"from the image", Integer.toString(s.fromImage()), FROM_IMAGE, "startup-from-image"},
                    new String[] {"from jars", Integer.toString(s.fromJars()), FROM_JARS, "startup-from-jars"},
                    new String[] {"from the runtime image", Integer.toString(s.fromRuntimeImage()), RUNTIME, "startup-runtime"},
                    new String[] {"generated", Integer.toString(s.generated()), LAMBDAS, "startup-generated"}));
            out.append("<table>\n<tbody>\n<tr><td>Classes loaded</td><td class=\"n\" id=\"startup-total\">").append(s.totalClasses())
                    .append("</td></tr>\n<tr><td>From the image</td><td class=\"n\" id=\"startup-from-image\">").append(s.fromImage())
                    .append("</td></tr>\n<tr><td>From jars and folders</td><td class=\"n\" id=\"startup-from-jars\">").append(s.fromJars())
                    .append("</td></tr>\n<tr><td>From the JDK's runtime image</td><td class=\"n\" id=\"startup-runtime\">").append(s.fromRuntimeImage())
                    .append("</td></tr>\n<tr><td>Generated (lambdas, proxies) outside the image</td><td class=\"n\" id=\"startup-generated\">")
                    .append(s.generated()).append("</td></tr>\n</tbody>\n</table>\n");
            if (!s.notServed().isEmpty()) {
                out.append("<details><summary>Image class path classes not served from the image <span class=\"count\">(")
                        .append(s.notServed().size()).append("; add tests that exercise them)</span></summary>\n<ul class=\"names\">\n");
                for (String name : s.notServed()) {
                    out.append("<li><code>").append(esc(name)).append("</code></li>\n");
                }
                out.append("</ul>\n</details>\n");
            }
            out.append("</section>\n");
        }
        out.append(STARTUP_END).append('\n');
    }

    /** The run's own numbers: the suite's outcome, the training's, and why the counts differ from one line to the next. */
    private void run(ReportModel m) {
        List<String> why = new ArrayList<>();
        if (m.image() != null) {
            if (m.image().lambdas() != m.lambdaStatements()) {
                why.add("The image holds " + m.image().lambdas() + " lambdas, the statements " + m.lambdaStatements() + ": the statements name "
                        + "each of the library's lambda call sites once; the image keeps each lambda line as often as the "
                        + (m.image().trained() ? "training" : "class list") + " wrote it (the JVM archives one proxy class a line) "
                        + "and adds the JDK's own.");
            }
            if (m.image().jdkBeyondDefault() != m.jdkStatements()) {
                why.add("The image holds " + m.image().jdkBeyondDefault() + " JDK classes beyond the JDK's default class list, the "
                        + "statements name " + m.jdkStatements() + ": every JDK class library code loaded or used, the default list's "
                        + "among them" + (m.image().trained() ? ", of which the image keeps those the training loaded" : "") + ".");
            }
            if (m.image().includedClasses() != m.classStatements()) {
                why.add("The image holds " + m.image().includedClasses() + " classes of the included packages, the statements "
                        + m.classStatements() + ": the image holds those its class list loaded (with what they link, without those "
                        + "only left-out tests needed).");
            }
        }
        if (runFacts.isEmpty() && why.isEmpty()) {
            return;
        }
        out.append("<section id=\"run\">\n<h2>The run</h2>\n");
        for (String fact : runFacts) {
            out.append("<p class=\"run-fact\">").append(esc(fact)).append("</p>\n");
        }
        for (String reason : why) {
            out.append("<p class=\"note count-why\">").append(esc(reason)).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private void tests(ReportModel m) {
        List<Attribution.Unit> units = m.units();
        int max = units.stream().mapToInt(Attribution.Unit::total).max().orElse(1);
        long idle = units.stream().filter(u -> u.kind() == Attribution.Kind.TEST && u.total() == 0).count();
        out.append("<section id=\"tests\">\n<h2>Tests by contribution</h2>\n<p class=\"note\">Each statement names the test that ")
                .append("exercised it first, so the ranking depends on the order the tests ran. ").append(contributing(m)).append(" of ")
                .append(m.tests()).append(" tests first exercised something; ").append(idle)
                .append(" added nothing new (see <code>--minimize</code> for a smaller training set).</p>\n");
        List<Attribution.Unit> failed = units.stream().filter(HtmlReport::failed).toList();
        List<Attribution.Unit> ranked = units.stream().filter(u -> u.total() > 0 && !failed(u)).toList();
        table(ranked.subList(0, Math.min(TOP_TESTS, ranked.size())), 0, max);
        if (ranked.size() > TOP_TESTS) {
            out.append("<details><summary>The other ").append(ranked.size() - TOP_TESTS).append(" that contributed</summary>\n");
            table(ranked.subList(TOP_TESTS, ranked.size()), TOP_TESTS, max);
            out.append("</details>\n");
        }
        if (!failed.isEmpty()) {
            out.append("<h3 id=\"failed-tests\">Tests that failed or were aborted: ").append(failed.size()).append("</h3>\n")
                    .append("<p class=\"note\">Not ranked: what they exercised is their failure path (an exception, a missing file), ")
                    .append("and the training does not run them again.</p>\n");
            List<Attribution.Unit> shown = failed.stream().sorted(Comparator.comparingInt(Attribution.Unit::total).reversed())
                    .limit(TOP_TESTS).toList();
            table(shown, 0, max);
            if (failed.size() > shown.size()) {
                out.append("<p class=\"note\">and ").append(failed.size() - shown.size()).append(" more.</p>\n");
            }
        }
        out.append("</section>\n");
    }

    private void table(List<Attribution.Unit> units, int offset, int max) {
        out.append("<table class=\"ranking\">\n<thead><tr><th class=\"n\">#</th><th>Test</th><th>Statements first exercised</th>")
                .append("<th class=\"n\">Classes</th><th class=\"n\">Methods</th><th class=\"n\">JDK</th><th class=\"n\">Lambdas</th>")
                .append("<th class=\"n\">Time</th></tr></thead>\n<tbody>\n");
        int rank = offset;
        for (Attribution.Unit u : units) {
            rank++;
            out.append("<tr data-test=\"").append(esc(u.uid())).append("\" title=\"").append(esc(u.uid()))
                    .append("\"><td class=\"n muted\">").append(rank).append("</td><td>").append(esc(Attribution.label(u.uid())));
            if (u.kind() == Attribution.Kind.CONTAINER || u.kind() == Attribution.Kind.WORKLOAD_MAIN) {
                out.append("<span class=\"badge\">").append(esc(u.kind().label())).append("</span>");
            } else if (!u.status().isEmpty() && !u.status().equals("SUCCESSFUL")) {
                out.append("<span class=\"badge failed\">").append(esc(u.status().toLowerCase(Locale.ROOT))).append("</span>");
            }
            String pkg = Attribution.packageOf(u.uid());
            if (!pkg.isEmpty()) {
                out.append("<span class=\"uid\">").append(esc(pkg)).append("</span>");
            }
            out.append("</td><td class=\"nowrap\"><span class=\"bar\"><span style=\"width:").append(fmt(100.0 * u.total() / Math.max(1, max)))
                    .append("%\"></span></span><span data-key=\"statements\">").append(u.total()).append("</span></td>")
                    .append("<td class=\"n\" data-key=\"classes\">").append(u.count(StatementKind.CLASS)).append("</td>")
                    .append("<td class=\"n\" data-key=\"methods\">").append(u.count(StatementKind.METHOD)).append("</td>")
                    .append("<td class=\"n\" data-key=\"jdk\">").append(u.count(StatementKind.JDK)).append("</td>")
                    .append("<td class=\"n\" data-key=\"lambdas\">").append(u.count(StatementKind.LAMBDA)).append("</td>")
                    .append("<td class=\"n\">").append(u.millis() < 0 ? "" : u.millis() + " ms").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void unexercised(ReportModel m) {
        int classes = m.packages().stream().mapToInt(p -> p.unexercisedClasses().size()).sum();
        int methods = m.packages().stream().mapToInt(p -> p.unexercisedMethods().size()).sum();
        out.append("<section id=\"unexercised\">\n<h2>Never exercised</h2>\n<p class=\"note\"><span id=\"unexercised-classes\">").append(classes)
                .append("</span> classes the tests never loaded, and <span id=\"unexercised-methods\">").append(methods)
                .append("</span> methods of loaded classes that never ran. A program that needs them loads them from its jars: ")
                .append("tests that exercise them put them into the image.</p>\n");
        int budget = UNEXERCISED_NAMES;
        if (classes + methods > budget) {
            out.append("<p class=\"note\" id=\"unexercised-capped\">The page lists the first ").append(budget)
                    .append(" names; <code>").append(Reports.UNEXERCISED).append("</code> beside it lists all ").append(classes + methods)
                    .append(".</p>\n");
        }
        for (ReportModel.PackageStats p : m.packages()) {
            if (p.unexercisedClasses().isEmpty() && p.unexercisedMethods().isEmpty() || budget <= 0) {
                continue;
            }
            out.append("<details data-package=\"").append(esc(p.name())).append("\"><summary><code>").append(esc(displayPackage(p.name())))
                    .append("</code> <span class=\"count\">").append(p.unexercisedClasses().size()).append(" classes, ")
                    .append(p.unexercisedMethods().size()).append(" methods</span></summary>\n");
            if (!p.unexercisedClasses().isEmpty()) {
                out.append("<h3>Classes never loaded</h3>\n<ul class=\"names\">\n");
                for (String c : p.unexercisedClasses().subList(0, Math.min(budget, p.unexercisedClasses().size()))) {
                    budget--;
                    out.append("<li><code>").append(esc(simpleName(c))).append("</code></li>\n");
                }
                out.append("</ul>\n");
            }
            if (!p.unexercisedMethods().isEmpty()) {
                out.append("<h3>Methods never run, of loaded classes</h3>\n<ul class=\"names\">\n");
                for (String method : p.unexercisedMethods().subList(0, Math.max(0, Math.min(budget, p.unexercisedMethods().size())))) {
                    budget--;
                    out.append("<li title=\"").append(esc(method)).append("\"><code>").append(esc(readableMethod(method))).append("</code></li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    private static boolean failed(Attribution.Unit u) {
        return u.kind() == Attribution.Kind.TEST && (u.status().equals("FAILED") || u.status().equals("ABORTED"));
    }

    private static int contributing(ReportModel m) {
        return (int) m.units().stream().filter(u -> u.kind() == Attribution.Kind.TEST && u.total() > 0).count();
    }

    private static String displayPackage(String name) {
        return name.isEmpty() ? "(unnamed package)" : name;
    }

    private static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1);
    }

    /** {@code a.B#parse(Ljava/lang/String;I)La/Q;} as {@code B.parse(String, int)}; constructors as {@code B(...)}. */
    static String readableMethod(String method) {
        int hash = method.indexOf('#');
        int paren = method.indexOf('(', hash);
        int close = method.indexOf(')', paren);
        if (hash < 0 || paren < 0 || close < 0) {
            return method;
        }
        String owner = simpleName(method.substring(0, hash));
        String name = method.substring(hash + 1, paren);
        if (name.equals("<clinit>")) {
            return owner + " static initializer";
        }
        List<String> params = new ArrayList<>();
        String desc = method.substring(paren + 1, close);
        int i = 0;
        while (i < desc.length()) {
            int dims = 0;
            while (desc.charAt(i) == '[') {
                dims++;
                i++;
            }
            String type;
            char c = desc.charAt(i);
            if (c == 'L') {
                int semi = desc.indexOf(';', i);
                String internal = desc.substring(i + 1, semi);
                type = internal.substring(internal.lastIndexOf('/') + 1);
                i = semi + 1;
            } else {
                type = switch (c) {
                    case 'Z' -> "boolean";
                    case 'B' -> "byte";
                    case 'C' -> "char";
                    case 'S' -> "short";
                    case 'I' -> "int";
                    case 'J' -> "long";
                    case 'F' -> "float";
                    case 'D' -> "double";
                    default -> String.valueOf(c);
                };
                i++;
            }
            params.add(type + "[]".repeat(dims));
        }
        return (name.equals("<init>") ? owner : owner + "." + name) + "(" + String.join(", ", params) + ")";
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Escapes text for element content and attribute values; drops characters XML 1.0 does not allow. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
