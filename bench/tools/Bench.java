import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's timer and report writer, run with the JDK's single-file source launcher
 * ({@code java bench/tools/Bench.java ...}) so that the harness needs nothing beyond bash and a JDK.
 *
 * <pre>
 * time   SPEC ROUNDS RAW [DEADLINE]
 *                          run every command of SPEC ROUNDS times, interleaved, and write wall times to RAW;
 *                          stop early (after at least 5 rounds) once the clock passes DEADLINE (epoch seconds)
 * serve  SPEC ROUNDS RAW [DEADLINE]
 *                          start every server of SPEC ROUNDS times, interleaved as {@code time} does, time its first
 *                          answered request and its 1,000th, stop it; write the times to RAW (raw-serve.tsv)
 * report DIR MD SVG        write the Markdown results and the SVG chart from the files in DIR
 * </pre>
 *
 * SPEC has one command a line: {@code group TAB variant TAB workdir TAB arg0 TAB arg1 ...}. A round runs every
 * group once, and within a group its variants in an order rotated by one each round, so that no variant always
 * comes first (or right after the same other one). Round 0 is an untimed warm-up whose output becomes the
 * reference: a timed run whose output differs from its group's reference is counted as bad.
 *
 * <p>The {@code serve} SPEC has one server a line: {@code group TAB variant TAB workdir TAB port TAB requestsFile TAB
 * arg0 TAB arg1 ...}; see {@link #serve} for the requests file and what is timed.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if ((args.length == 4 || args.length == 5) && args[0].equals("time")) {
            long deadline = args.length == 5 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
            time(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), deadline);
        } else if ((args.length == 4 || args.length == 5) && args[0].equals("serve")) {
            long deadline = args.length == 5 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
            serve(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), deadline);
        } else if (args.length == 4 && args[0].equals("report")) {
            report(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: java Bench.java time SPEC ROUNDS RAW [DEADLINE] | serve SPEC ROUNDS RAW [DEADLINE] | report DIR MD SVG");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------- timing

    record Command(String group, String variant, Path workDir, List<String> argv) {
    }

    static final int MIN_ROUNDS = 5;

    static void time(Path spec, int rounds, Path raw, long deadline) throws IOException, InterruptedException {
        Map<String, List<Command>> groups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(spec)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            groups.computeIfAbsent(f[0], g -> new ArrayList<>())
                    .add(new Command(f[0], f[1], Path.of(f[2]), List.of(Arrays.copyOfRange(f, 3, f.length))));
        }
        Path scratch = Files.createTempDirectory("bench-out");
        Map<String, String> reference = new TreeMap<>();
        StringBuilder out = new StringBuilder("group\tvariant\tround\tms\texit\toutput\n");
        long start = System.nanoTime();
        for (int round = 0; round <= rounds; round++) {
            for (List<Command> variants : groups.values()) {
                int n = variants.size();
                for (int k = 0; k < n; k++) {
                    Command c = variants.get((k + round) % n);
                    Path stdout = scratch.resolve("stdout");
                    Path stderr = scratch.resolve("stderr");
                    ProcessBuilder pb = new ProcessBuilder(c.argv()).directory(c.workDir().toFile())
                            .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
                    long t0 = System.nanoTime();
                    Process p = pb.start();
                    boolean done = p.waitFor(120, TimeUnit.SECONDS);
                    long t1 = System.nanoTime();
                    if (!done) {
                        p.destroyForcibly().waitFor();
                    }
                    int exit = done ? p.exitValue() : -1;
                    String text = Files.readString(stdout, StandardCharsets.ISO_8859_1);
                    String status;
                    if (round == 0) {
                        // The first variant of a group in round 0 sets the reference; the others must match it.
                        String ref = reference.putIfAbsent(c.group(), text);
                        status = ref == null || ref.equals(text) ? "ok" : "differs";
                        if (exit != 0 || !status.equals("ok")) {
                            System.err.printf("bench: warm-up of %s/%s: exit %d, output %s; stderr:%n%s%n", c.group(), c.variant(),
                                    exit, status, tail(Files.readString(stderr, StandardCharsets.ISO_8859_1)));
                        }
                        continue;
                    }
                    status = text.equals(reference.get(c.group())) ? "ok" : "differs";
                    out.append(c.group()).append('\t').append(c.variant()).append('\t').append(round).append('\t')
                            .append(String.format(Locale.ROOT, "%.3f", (t1 - t0) / 1e6)).append('\t').append(exit).append('\t')
                            .append(status).append('\n');
                }
            }
            // Written after every round: a timing run that is killed still leaves the rounds it finished.
            Files.writeString(raw, out);
            System.err.printf(Locale.ROOT, "bench: round %d/%d done (%.0f s)%n", round, rounds, (System.nanoTime() - start) / 1e9);
            if (round >= MIN_ROUNDS && round < rounds && System.currentTimeMillis() / 1000 > deadline) {
                System.err.printf("bench: time budget used up: stopping after %d of %d rounds%n", round, rounds);
                break;
            }
        }
        Files.writeString(raw, out);
        Files.deleteIfExists(scratch.resolve("stdout"));
        Files.deleteIfExists(scratch.resolve("stderr"));
        Files.deleteIfExists(scratch);
    }

    // ---------------------------------------------------------------- serving

    /** One server of a {@code serve} spec. */
    record ServeCommand(String group, String variant, Path workDir, int port, Path requests, List<String> argv) {
    }

    /** One request of the mix; a {@code once} request is sent on the first pass through the mix only. */
    record MixRequest(boolean once, String method, String path, int status, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What one served run gave: the times (ms from the launch; NaN where not reached), exit and status as in RAW. */
    record ServeResult(double firstMs, double lastMs, int exit, String status, String detail) {
    }

    /** The requests answered in a served run, the first one included. */
    static final int SERVE_REQUESTS = 1000;
    static final long SERVE_TIMEOUT_SECONDS = 180;

    /**
     * The requests file: one request a line, {@code [once] METHOD PATH EXPECTED_STATUS [JSON body]} (the body is the
     * rest of the line, sent as {@code application/json}); blank lines and lines starting with {@code #} are skipped.
     */
    static List<MixRequest> readMix(Path file) throws IOException {
        List<MixRequest> mix = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            boolean once = t.startsWith("once ");
            if (once) {
                t = t.substring(5).strip();
            }
            String[] f = t.split("\\s+", 4);
            if (f.length < 3) {
                throw new IOException(file + ": not METHOD PATH STATUS [BODY]: " + line);
            }
            mix.add(new MixRequest(once, f[0], f[1], Integer.parseInt(f[2]), f.length == 4 ? f[3] : null));
        }
        if (mix.isEmpty() || mix.get(0).once()) {
            throw new IOException(file + ": no requests, or the first one is a once request");
        }
        return mix;
    }

    /**
     * Times served requests: each run launches the server (its argv from the spec), polls the mix's first request
     * (a refused connection is tried again after 5 ms) until it is answered, then sends the mix's requests one after
     * the other on one connection, cycling through the mix, until {@value #SERVE_REQUESTS} requests in all (the first
     * included) have been answered; then it stops the server (SIGTERM, then wait) before the next run. RAW has the
     * columns group, variant, round, first_ms (launch to the first answer), k1000_ms (launch to the 1,000th answer),
     * exit (0 when all were answered; else the server's exit code if it ended by itself, -1 on a time-out or another
     * failure) and status ({@code ok}; {@code differs} when an answer had another status than the mix expects; else
     * what failed). Rounds, interleaving, rotation, warm-up round and DEADLINE as in {@code time}. Exits with 3 when a
     * run of the warm-up round failed or got a status other than expected (ROUNDS 0: a check of every server).
     */
    static void serve(Path spec, int rounds, Path raw, long deadline) throws IOException, InterruptedException {
        Map<String, List<ServeCommand>> groups = new LinkedHashMap<>();
        Map<Path, List<MixRequest>> mixes = new HashMap<>();
        for (String line : Files.readAllLines(spec)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            ServeCommand c = new ServeCommand(f[0], f[1], Path.of(f[2]), Integer.parseInt(f[3]), Path.of(f[4]),
                    List.of(Arrays.copyOfRange(f, 5, f.length)));
            if (!mixes.containsKey(c.requests())) {
                mixes.put(c.requests(), readMix(c.requests()));
            }
            groups.computeIfAbsent(f[0], g -> new ArrayList<>()).add(c);
        }
        Path scratch = Files.createTempDirectory("bench-serve");
        boolean warmUpFailed = false;
        StringBuilder out = new StringBuilder("group\tvariant\tround\tfirst_ms\tk" + SERVE_REQUESTS + "_ms\texit\tstatus\n");
        long start = System.nanoTime();
        for (int round = 0; round <= rounds; round++) {
            for (List<ServeCommand> variants : groups.values()) {
                int n = variants.size();
                for (int k = 0; k < n; k++) {
                    ServeCommand c = variants.get((k + round) % n);
                    ServeResult r = serveOnce(c, mixes.get(c.requests()), scratch);
                    if (r.exit() != 0 || !r.status().equals("ok")) {
                        warmUpFailed |= round == 0;
                        System.err.printf("bench: %s of %s/%s: exit %d, %s%s; server output:%n%s%n", round == 0 ? "warm-up" : "round " + round,
                                c.group(), c.variant(), r.exit(), r.status(), r.detail().isEmpty() ? "" : " (" + r.detail() + ")",
                                tail(Files.readString(scratch.resolve("server.out"), StandardCharsets.ISO_8859_1)));
                    }
                    if (round == 0) {
                        continue;
                    }
                    out.append(c.group()).append('\t').append(c.variant()).append('\t').append(round).append('\t')
                            .append(String.format(Locale.ROOT, "%.3f\t%.3f", r.firstMs(), r.lastMs())).append('\t').append(r.exit())
                            .append('\t').append(r.status()).append('\n');
                }
            }
            Files.writeString(raw, out);
            System.err.printf(Locale.ROOT, "bench: serve round %d/%d done (%.1f s)%n", round, rounds, (System.nanoTime() - start) / 1e9);
            if (round >= MIN_ROUNDS && round < rounds && System.currentTimeMillis() / 1000 > deadline) {
                System.err.printf("bench: time budget used up: stopping the served runs after %d of %d rounds%n", round, rounds);
                break;
            }
        }
        Files.writeString(raw, out);
        Files.deleteIfExists(scratch.resolve("server.out"));
        Files.deleteIfExists(scratch);
        if (warmUpFailed) {
            // The rounds are written; the exit status tells the caller (bench/run.sh checks the mix with ROUNDS 0).
            System.exit(3);
        }
    }

    private static HttpRequest httpRequest(int port, MixRequest r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (r.body() == null) {
            b.method(r.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(r.method(), HttpRequest.BodyPublishers.ofString(r.body()));
        }
        return b.build();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static ServeResult serveOnce(ServeCommand c, List<MixRequest> mix, Path scratch) throws IOException, InterruptedException {
        Path log = scratch.resolve("server.out");
        Files.writeString(log, "");
        // A server still listening on the port (a run before this one, anything else) would answer in its place.
        for (int i = 0; listening(c.port()); i++) {
            if (i == 100) {
                return new ServeResult(Double.NaN, Double.NaN, -1, "port-busy", "port " + c.port() + " is in use");
            }
            Thread.sleep(100);
        }
        // A new client each run: no connection kept from the server before. HTTP/1.1, one connection kept alive.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (MixRequest r : mix) {
            requests.add(httpRequest(c.port(), r));
        }
        ProcessBuilder pb = new ProcessBuilder(c.argv()).directory(c.workDir().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        long limit = t0 + TimeUnit.SECONDS.toNanos(SERVE_TIMEOUT_SECONDS);
        Process p = pb.start();
        double first = Double.NaN;
        double last = Double.NaN;
        String status = "ok";
        String detail = "";
        int exit = 0;
        try {
            int answered = 0;
            int index = 0;
            while (answered < SERVE_REQUESTS) {
                MixRequest r = mix.get(index % mix.size());
                if (r.once() && index >= mix.size()) {
                    index++;
                    continue;
                }
                HttpResponse<byte[]> response = null;
                while (response == null) {
                    try {
                        response = client.send(requests.get(index % mix.size()), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (ConnectException e) {
                        // not listening yet (only before the first answer)
                        if (answered > 0) {
                            throw e;
                        }
                    } catch (IOException e) {
                        // a connection accepted and closed while the server starts
                        if (answered > 0) {
                            throw e;
                        }
                    }
                    if (response == null) {
                        if (!p.isAlive()) {
                            return new ServeResult(Double.NaN, Double.NaN, p.exitValue(), "died", "the server ended before its first answer");
                        }
                        if (System.nanoTime() > limit) {
                            return new ServeResult(Double.NaN, Double.NaN, -1, "timeout", "no answer in " + SERVE_TIMEOUT_SECONDS + " s");
                        }
                        Thread.sleep(5);
                    }
                }
                answered++;
                index++;
                if (response.statusCode() != r.status() && status.equals("ok")) {
                    status = "differs";
                    detail = "request " + answered + ", " + r + ": status " + response.statusCode() + ", expected " + r.status();
                }
                if (answered == 1) {
                    first = (System.nanoTime() - t0) / 1e6;
                }
                if (System.nanoTime() > limit) {
                    return new ServeResult(first, Double.NaN, -1, "timeout", answered + " answers in " + SERVE_TIMEOUT_SECONDS + " s");
                }
            }
            last = (System.nanoTime() - t0) / 1e6;
        } catch (IOException e) {
            exit = p.isAlive() ? -1 : p.exitValue();
            return new ServeResult(first, Double.NaN, exit, "failed", e.toString());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        return new ServeResult(first, last, exit, status, detail);
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : "..." + s.substring(s.length() - 2000);
    }

    // ---------------------------------------------------------------- statistics

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    static double efficiency(double def, double oracle, double image) {
        return (def - image) / (def - oracle);
    }

    /**
     * A 90% percentile-bootstrap interval of E (fixed seed: the report is reproducible). The bootstrap resamples
     * whole rounds, so that the variants of a round stay together: they ran one right after the other, under
     * the same load, and the noise they share cancels out of E.
     */
    static double[] efficiencyInterval(Map<Integer, Double> def, Map<Integer, Double> oracle, Map<Integer, Double> image) {
        List<Integer> rounds = new ArrayList<>(def.keySet());
        rounds.retainAll(oracle.keySet());
        rounds.retainAll(image.keySet());
        if (rounds.size() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Random random = new Random(42);
        int b = 2000;
        double[] es = new double[b];
        for (int i = 0; i < b; i++) {
            List<Double> d = new ArrayList<>();
            List<Double> o = new ArrayList<>();
            List<Double> im = new ArrayList<>();
            for (int k = 0; k < rounds.size(); k++) {
                int r = rounds.get(random.nextInt(rounds.size()));
                d.add(def.get(r));
                o.add(oracle.get(r));
                im.add(image.get(r));
            }
            es[i] = efficiency(median(d), median(o), median(im));
        }
        Arrays.sort(es);
        return new double[] {es[(int) (b * 0.05)], es[(int) (b * 0.95) - 1]};
    }

    // ---------------------------------------------------------------- report

    static final String[] VARIANTS = {"default", "oracle", "image", "simple"};

    /** One workload on one JDK: its metadata, and per variant the wall time (ms) of each timed round. */
    record Group(String id, Properties meta, Map<String, Map<Integer, Double>> times, int bad, int failedRuns) {
        String get(String key) {
            return meta.getProperty(key, "");
        }

        double med(String variant) {
            return median(new ArrayList<>(times.getOrDefault(variant, Map.of()).values()));
        }
    }

    static void report(Path dir, Path md, Path svg) throws IOException {
        Properties machine = load(dir.resolve("machine.properties"));
        Map<String, Map<String, Map<Integer, Double>>> times = new LinkedHashMap<>();
        Map<String, int[]> problems = new LinkedHashMap<>();
        Path raw = dir.resolve("raw-times.tsv");
        int roundsDone = 0;
        if (Files.isRegularFile(raw)) {
            List<String> lines = Files.readAllLines(raw);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                roundsDone = Math.max(roundsDone, Integer.parseInt(f[2]));
                int[] p = problems.computeIfAbsent(f[0], g -> new int[2]);
                if (!f[4].equals("0")) {
                    p[1]++;
                    continue;
                }
                if (!f[5].equals("ok")) {
                    p[0]++;
                }
                times.computeIfAbsent(f[0], g -> new LinkedHashMap<>()).computeIfAbsent(f[1], v -> new TreeMap<>())
                        .put(Integer.parseInt(f[2]), Double.parseDouble(f[3]));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (String id : machine.getProperty("groups", "").split(" ")) {
            if (id.isBlank()) {
                continue;
            }
            Properties meta = load(dir.resolve(id + ".properties"));
            int[] p = problems.getOrDefault(id, new int[2]);
            groups.add(new Group(id, meta, times.getOrDefault(id, Map.of()), p[0], p[1]));
        }
        if (roundsDone > 0 && !String.valueOf(roundsDone).equals(machine.getProperty("rounds"))) {
            machine.setProperty("rounds", roundsDone + " (of " + machine.getProperty("rounds") + " planned; the time budget ran out)");
        }
        Files.writeString(md, markdown(machine, groups, served(dir.resolve("raw-serve.tsv"))));
        Files.writeString(svg, chart(machine, groups.stream().filter(g -> !isApplication(g)).toList()));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        return p;
    }

    static String markdown(Properties m, List<Group> all) {
        return markdown(m, all, new Served(Map.of(), Map.of(), Map.of(), 0));
    }

    static String markdown(Properties m, List<Group> all, Served served) {
        List<Group> groups = all.stream().filter(g -> !isApplication(g)).toList();
        List<Group> applications = all.stream().filter(Bench::isApplication).toList();
        StringBuilder s = new StringBuilder();
        s.append("# sysimg-tests benchmark results\n\n");
        s.append("Written by `bench/run.sh").append(m.getProperty("mode", "").equals("quick") ? " --quick" : "")
                .append("` (see [README.md](README.md) for what is measured and how).\n\n");
        s.append("- Date: ").append(m.getProperty("date")).append('\n');
        s.append("- Machine: ").append(m.getProperty("nproc")).append(" CPUs (`nproc`), ").append(m.getProperty("memory"))
                .append(" memory, ").append(m.getProperty("cpu")).append("; load average at start ").append(m.getProperty("load"))
                .append('\n');
        for (String key : m.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("jdk.")) {
                s.append("- JDK ").append(key.substring(4)).append(": ").append(m.getProperty(key)).append('\n');
            }
        }
        s.append("- Rounds: ").append(m.getProperty("rounds")).append(" timed rounds of the apps (plus one warm-up round), ")
                .append(m.getProperty("overheadRounds")).append(" side-by-side pair(s) of test runs (recorded / plain) per workload and JDK (fewer where the time budget ran out: "
                        + "one exit code per tool run in the last column)")
                .append('\n');
        s.append("- Whole run: ").append(m.getProperty("elapsed", "?")).append(" s\n");
        try {
            double load = Double.parseDouble(m.getProperty("load", "0").split(" ")[0]);
            int cpus = Integer.parseInt(m.getProperty("nproc", "1"));
            if (load > cpus) {
                s.append(String.format(Locale.ROOT, "- **Busy machine:** a load average of %.1f on %d CPUs at the start; other work "
                        + "shared the CPUs, so single runs are noisy (the interleaving and medians keep the comparison fair, "
                        + "but the test-run timings of only a few pairs can be off by tens of percent).%n", load, cpus));
            }
        } catch (NumberFormatException e) {
            // no load figure: say nothing
        }
        if (!m.getProperty("skipped", "").isBlank()) {
            s.append("- **Skipped:** ").append(m.getProperty("skipped")).append('\n');
        }
        s.append('\n');

        if (!applications.isEmpty()) {
            s.append(applications(m, applications, served));
        }
        if (groups.isEmpty()) {
            return s.toString();
        }
        s.append(headline(groups));
        s.append("## Start-up of the apps\n\n");
        s.append("Median wall time of the app's process (ms). `default`: the JDK's default CDS archive; `oracle`: the JDK's own "
                + "training on the app (`-XX:ArchiveClassesAtExit` on JDK 17, `-XX:AOTCacheOutput` on JDK 24+); `image`: the "
                + "image sysimg-tests built from the library's tests. E = (default - image) / (default - oracle), with a 90% "
                + "bootstrap interval over the rounds. `ceiling`: an image of the tool's own kind (static, AOT-linked on JDK 24+) "
                + "dumped from the app's own class list less the app's classes and their lambdas, that is exactly the library and "
                + "JDK classes the app loads: the most an image that never holds the app's own classes can hold, whatever tests "
                + "made it; `E max` = (default - ceiling) / (default - oracle). What separates the ceiling from the oracle is the "
                + "app's own classes, their lambdas and string concatenations, resolved in the oracle and spun at each start "
                + "otherwise. `trimmed`: the image dumped again from its own class list (the tool's `--report` classlist.txt) "
                + "less the classes the app never loads; `E trim` = (default - trimmed) / (default - oracle). The image's gap to "
                + "the trimmed image is what the classes only the tests needed cost; the trimmed image's gap to the ceiling is "
                + "what the JDK classes only the app's own code loads are worth, which no image made from the library's tests "
                + "can know. Classes: the share of the app's loaded classes that came from a shared "
                + "archive (`source: shared objects file` in `-Xlog:class+load`), of all classes the run loaded. `simple`: the baseline any "
                + "user gets without the tool's training: the JDK's default class list plus the library classes the tests loaded (the "
                + "statements' `class` lines), one static dump (AOT-linked on JDK 24+), no extra JDK classes, no lambdas; `E simple` = "
                + "(default - simple) / (default - oracle); `vs simple`: image - simple (ms), negative where the image is faster.\n\n");
        s.append("| app | library | JDK | T_default | T_oracle | T_image | image/default | oracle/default | E [90% interval] "
                + "| T_simple | E simple | vs simple | T_ceiling | E max | T_trimmed | E trim "
                + "| classes shared: default | oracle | image | simple | image size | simple size | oracle size |\n");
        s.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (Group g : groups) {
            s.append("| ").append(g.get("app")).append(" | ").append(g.get("workload")).append(" | ").append(g.get("jdk")).append(" | ");
            if (!g.get("status").equals("ok")) {
                s.append("n/a | n/a | n/a | | | ").append(g.get("status")).append(" | | | | | | | | | | | | | | |\n");
                continue;
            }
            double d = g.med("default");
            double o = g.med("oracle");
            double i = g.med("image");
            s.append(ms(d)).append(" | ").append(ms(o)).append(" | ").append(ms(i)).append(" | ")
                    .append(ratio(i / d)).append(" | ").append(ratio(o / d)).append(" | ");
            if (Double.isNaN(i)) {
                s.append("no image | ");
            } else {
                double[] ci = efficiencyInterval(g.times().get("default"), g.times().get("oracle"), g.times().get("image"));
                s.append(String.format(Locale.ROOT, "**%.2f** [%.2f, %.2f]", efficiency(d, o, i), ci[0], ci[1])).append(" | ");
            }
            double sm = g.med("simple");
            s.append(ms(sm)).append(" | ").append(Double.isNaN(sm) ? "n/a" : String.format(Locale.ROOT, "%.2f", efficiency(d, o, sm)))
                    .append(" | ").append(Double.isNaN(sm) || Double.isNaN(i) ? "n/a"
                            : String.format(Locale.ROOT, i < sm ? "%+.1f" : "**%+.1f**", i - sm)).append(" | ");
            for (String bound : new String[] {"ceiling", "trimmed"}) {
                double t = g.med(bound);
                s.append(ms(t)).append(" | ").append(Double.isNaN(t) ? "n/a"
                        : String.format(Locale.ROOT, "%.2f", efficiency(d, o, t))).append(" | ");
            }
            for (String v : VARIANTS) {
                s.append(share(g, v)).append(" | ");
            }
            s.append(size(g.get("image.bytes"))).append(" | ").append(size(g.get("simple.bytes"))).append(" | ").append(size(g.get("oracle.bytes")))
                    .append(baseArchiveNote(m, g.get("jdk"))).append(" |\n");
            if (g.bad() > 0 || g.failedRuns() > 0) {
                notes.add(g.id() + ": " + g.bad() + " timed run(s) printed other output than the warm-up reference, "
                        + g.failedRuns() + " run(s) exited non-zero (left out of the medians)");
            }
        }
        for (String n : notes) {
            s.append("\n**Warning:** ").append(n).append('\n');
        }

        s.append("\n## The tool's run\n\n");
        s.append("Wall times in seconds, medians of the side-by-side pairs. `plain JUnit`: the same tests, same JVM options and "
                + "filters, run by `junit-platform-console-standalone` of the suite's platform version without recording. "
                + "`recorded`: the tool's test run with its agent (`Workload time`). Test counts: the plain run's from its XML report "
                + "(test invocations), the tool's as it prints them (the forked run's JUnit summary; where a suite closes System.out and that summary is lost, "
                + "the tool's own `N tests found in M classes` line, which counts as JUnit does). Overhead = recorded / plain. "
                + "`image build`: what the tool prints as `Image build time` (after the test run). `tool total`: the tool's "
                + "whole process.\n\n");
        s.append("| workload | JDK | tests (plain run) | tests (tool's count) | plain JUnit | recorded | agent overhead | image build "
                + "| tool total | tool exit |\n");
        s.append("|---|---|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Group g : libraries(groups)) {
            s.append("| ").append(g.get("workload")).append(" | ").append(g.get("jdk")).append(" | ");
            if (g.get("tool.exit").isEmpty()) {
                s.append(g.get("plain.tests")).append(" | | ").append(sec(medianOf(g.get("plain.ms")))).append(" | | | | | ")
                        .append(g.get("status").equals("ok") ? "tool not run" : g.get("status")).append(" |\n");
                continue;
            }
            double plain = medianOf(g.get("plain.ms"));
            double rec = medianOf(g.get("tool.workload.ms"));
            s.append(g.get("plain.tests")).append(" | ").append(g.get("tool.tests")).append(" | ").append(sec(plain)).append(" | ").append(sec(rec)).append(" | ")
                    .append(Double.isNaN(plain) || Double.isNaN(rec) ? "n/a" : String.format(Locale.ROOT, "%.2fx", rec / plain))
                    .append(" | ").append(sec(medianOf(g.get("tool.build.ms")))).append(" | ")
                    .append(sec(medianOf(g.get("tool.wall.ms")))).append(" | ").append(g.get("tool.exit")).append(" |\n");
        }

        s.append("\n## Workloads\n\n");
        List<String> seenApps = new ArrayList<>();
        for (Group g : libraries(groups)) {
            if (seenApps.contains(g.get("workload"))) {
                continue;
            }
            seenApps.add(g.get("workload"));
            s.append("- **").append(g.get("workload")).append("**: ").append(g.get("description")).append('\n');
            for (Group a : groups) {
                if (a.get("workload").equals(g.get("workload")) && !seenApps.contains(a.get("app"))) {
                    seenApps.add(a.get("app"));
                    s.append("  - `").append(a.get("app")).append("` (bench/apps/").append(a.get("app")).append("): ")
                            .append(a.get("app.description")).append('\n');
                }
            }
        }
        s.append("\n![chart](results.svg)\n");
        return s.toString();
    }

    /** The first app group of each library and JDK: the tool's run is per library, the timing per app. */
    static List<Group> libraries(List<Group> groups) {
        List<Group> firsts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Group g : groups) {
            String key = g.get("workload") + "/" + g.get("jdk");
            if (!seen.contains(key)) {
                seen.add(key);
                firsts.add(g);
            }
        }
        return firsts;
    }

    /**
     * The headline per JDK: the minimum E over all apps (the app the image serves worst) and the median, the same for
     * the simple baseline, and every app where the image is not faster than the simple baseline, with the figures
     * that tell why (classes the image holds beyond the simple baseline's, which an AOT-linked image loads at each
     * start-up, against the classes it serves the app from the archive).
     */
    static String headline(List<Group> groups) {
        StringBuilder s = new StringBuilder("## Headline\n\n");
        s.append("E = (T_default - T_image) / (T_default - T_oracle) per app; a change to the tool is worth keeping only when it "
                + "raises the minimum without lowering the median. The image must beat `simple` (the JDK's default class list plus "
                + "the library classes the tests loaded, no training) on every app. `E max` is the ceiling's E: an image of the tool's kind "
                + "holding exactly the library and JDK classes the app loads, the most such an image made without the app can hold; "
                + "where it is low, no choice of classes lifts the image's E there.\n\n");
        s.append("| JDK | apps | minimum E (app) | median E | minimum E simple | median E simple | image faster than simple "
                + "| minimum E max (app) | median E max |\n");
        s.append("|---|---:|---|---:|---:|---:|---|---|---:|\n");
        Map<String, List<Group>> byJdk = new TreeMap<>();
        for (Group g : groups) {
            if (g.get("status").equals("ok")) {
                byJdk.computeIfAbsent(g.get("jdk"), k -> new ArrayList<>()).add(g);
            }
        }
        List<String> losses = new ArrayList<>();
        for (Map.Entry<String, List<Group>> e : byJdk.entrySet()) {
            Spread image = new Spread();
            Spread simple = new Spread();
            Spread ceiling = new Spread();
            int faster = 0;
            int compared = 0;
            for (Group g : e.getValue()) {
                double d = g.med("default");
                double o = g.med("oracle");
                double i = g.med("image");
                double sm = g.med("simple");
                image.add(g.get("app"), d, o, i);
                simple.add(g.get("app"), d, o, sm);
                ceiling.add(g.get("app"), d, o, g.med("ceiling"));
                if (!Double.isNaN(i) && !Double.isNaN(sm)) {
                    compared++;
                    if (i < sm) {
                        faster++;
                    } else {
                        losses.add(String.format(Locale.ROOT, "%s on JDK %s: image %.1f ms, simple %.1f ms (+%.1f ms); classes served "
                                + "from the archive: image %s, simple %s; size: image %s, simple %s", g.get("app"), e.getKey(), i, sm, i - sm,
                                share(g, "image"), share(g, "simple"), size(g.get("image.bytes")), size(g.get("simple.bytes"))));
                    }
                }
            }
            s.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" | ")
                    .append(image.minimum("**%.2f** (%s)")).append(" | ")
                    .append(image.median("**%.2f**")).append(" | ")
                    .append(simple.minimum("%.2f")).append(" | ")
                    .append(simple.median("%.2f")).append(" | ")
                    .append(faster).append(" of ").append(compared).append(" | ")
                    .append(ceiling.minimum("%.2f (%s)")).append(" | ")
                    .append(ceiling.median("%.2f")).append(" |\n");
        }
        if (!losses.isEmpty()) {
            s.append("\n**Where the image does not beat `simple`** (medians; an AOT-linked image loads every class it holds at "
                    + "start-up, so the classes the image adds beyond simple's cost time wherever the app does not use them):\n\n");
            for (String l : losses) {
                s.append("- ").append(l).append('\n');
            }
        }
        s.append('\n');
        return s.toString();
    }

    /** The E of each app of one JDK for one variant: its minimum, with the app, and its median. */
    static final class Spread {
        private final List<Double> values = new ArrayList<>();
        private double minimum = Double.POSITIVE_INFINITY;
        private String worst = "";

        void add(String app, double def, double oracle, double time) {
            if (Double.isNaN(time)) {
                return;
            }
            double x = efficiency(def, oracle, time);
            values.add(x);
            if (x < minimum) {
                minimum = x;
                worst = app;
            }
        }

        /** The minimum in {@code format} (its value, then the app), or n/a. */
        String minimum(String format) {
            return values.isEmpty() ? "n/a" : String.format(Locale.ROOT, format, minimum, worst);
        }

        String median(String format) {
            return values.isEmpty() ? "n/a" : String.format(Locale.ROOT, format, Bench.median(values));
        }
    }

    private static double medianOf(String csv) {
        List<Double> xs = new ArrayList<>();
        for (String x : csv.split(",")) {
            if (!x.isBlank()) {
                xs.add(Double.parseDouble(x.trim()));
            }
        }
        return median(xs);
    }

    private static String share(Group g, String v) {
        String total = g.get("classes." + v + ".total");
        String shared = g.get("classes." + v + ".shared");
        if (total.isEmpty() || total.equals("0")) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.0f%% (%s/%s)", 100.0 * Long.parseLong(shared) / Long.parseLong(total), shared, total);
    }

    private static String ms(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.0f", x);
    }

    private static String sec(double ms) {
        return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.1f", ms / 1000);
    }

    private static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }

    /**
     * Before JDK 24 the oracle is a dynamic archive, a layer on top of the JDK's default CDS archive, which the app
     * maps too; the image is a full static archive that replaces it. Name the base so the sizes compare like for like.
     */
    private static String baseArchiveNote(Properties machine, String jdk) {
        String description = machine.getProperty("jdk." + jdk, "");
        int open = description.lastIndexOf('(');
        if (open < 0 || !description.endsWith(")")) {
            return "";
        }
        try {
            if (Integer.parseInt(jdk) >= 24) {
                return "";
            }
            Path base = Path.of(description.substring(open + 1, description.length() - 1), "lib", "server", "classes.jsa");
            return Files.isRegularFile(base) ? String.format(Locale.ROOT, " (+ %.1f MB JDK base archive)", Files.size(base) / 1e6) : "";
        } catch (IOException | NumberFormatException e) {
            return "";
        }
    }

    private static String size(String bytes) {
        if (bytes.isEmpty()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f MB", Long.parseLong(bytes) / 1e6);
    }

    // ---------------------------------------------------------------- applications

    static boolean isApplication(Group g) {
        return g.get("kind").equals("application");
    }

    /**
     * The application workloads: an app of ours with its own tests, which the tool runs; the image is for the app's
     * class path and the app itself is timed. Option set (a): the tool's defaults; (b): every runtime dependency's
     * packages included.
     */
    static String applications(Properties m, List<Group> groups) {
        return applications(m, groups, new Served(Map.of(), Map.of(), Map.of(), 0));
    }

    static String applications(Properties m, List<Group> groups, Served served) {
        StringBuilder s = new StringBuilder("## Applications: an image from the app's own tests\n\n");
        s.append("Median wall time of the app's process (ms), started as its users start it (`java -jar`, the manifest naming its "
                + "runtime jars). `default`: the JDK's default CDS archive; `oracle`: the JDK's own training on the app "
                + "(`-XX:ArchiveClassesAtExit` on JDK 17, `-XX:AOTCacheOutput` on JDK 24+); `image (a)`: the image sysimg-tests "
                + "built from the app's own tests with its defaults (`--select-package` of the app's package, which is also what "
                + "goes in: `--include-package` not given), `--image-class-path` the app jar; `image (b)`: the same with "
                + "`--include-package` naming every runtime dependency's packages too. E = (default - image) / (default - oracle), "
                + "90% bootstrap interval over the rounds. Classes: loaded from an archive / all loaded (`-Xlog:class+load`). "
                + "Not shared: the classes a run loaded from elsewhere than an archive, by origin: the app's own, the dependencies' "
                + "jars, the JDK's runtime image, generated at run time (CGLIB, Hibernate and JDK proxies, lambda forms). "
                + "Trained: the tool's `[sysimg] training:` line (the training runs every test that passed, up to "
                + "`--training-test-limit`), beside the tests the tool's run found.\n\n");
        s.append("| app | JDK | T_default | T_oracle | oracle/default | T_image (a) | E (a) [90%] | T_image (b) | E (b) [90%] "
                + "| classes shared: default | oracle | image (a) | image (b) | not shared: oracle | image (a) | image (b) "
                + "| size (a) | size (b) | oracle size |\n");
        s.append("|---|---|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---:|---|---|---|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (Group g : groups) {
            s.append("| ").append(g.get("app")).append(" | ").append(g.get("jdk")).append(" | ");
            if (!g.get("status").equals("ok")) {
                s.append(g.get("status")).append(" |".repeat(17)).append('\n');
                continue;
            }
            double d = g.med("default");
            double o = g.med("oracle");
            s.append(ms(d)).append(" | ").append(ms(o)).append(" | ").append(ratio(o / d)).append(" | ");
            for (String v : new String[] {"image", "image-deps"}) {
                double i = g.med(v);
                s.append(ms(i)).append(" | ");
                if (Double.isNaN(i)) {
                    s.append("no image | ");
                } else {
                    double[] ci = efficiencyInterval(g.times().get("default"), g.times().get("oracle"), g.times().get(v));
                    s.append(String.format(Locale.ROOT, "**%.2f** [%.2f, %.2f]", efficiency(d, o, i), ci[0], ci[1])).append(" | ");
                }
            }
            for (String v : new String[] {"default", "oracle", "image", "image-deps"}) {
                s.append(share(g, v)).append(" | ");
            }
            for (String v : new String[] {"oracle", "image", "image-deps"}) {
                s.append(g.get("notshared." + v).isEmpty() ? "n/a" : g.get("notshared." + v)).append(" | ");
            }
            s.append(size(g.get("a.image.bytes"))).append(" | ").append(size(g.get("b.image.bytes"))).append(" | ")
                    .append(size(g.get("oracle.bytes"))).append(baseArchiveNote(m, g.get("jdk"))).append(" |\n");
            if (g.bad() > 0 || g.failedRuns() > 0) {
                notes.add(g.id() + ": " + g.bad() + " timed run(s) printed other output than the warm-up reference, "
                        + g.failedRuns() + " run(s) exited non-zero (left out of the medians)");
            }
        }
        for (String n : notes) {
            s.append("\n**Warning:** ").append(n).append('\n');
        }
        s.append(firstRequest(groups, served));
        s.append("\nThe tool's runs (seconds; `plain JUnit`: the same tests run by `junit-platform-console-standalone` without "
                + "recording; `recorded`: the tool's test run with its agent, `Workload time`; overhead = recorded / plain):\n\n");
        s.append("| app | JDK | tests (plain run) | tests (tool's count) | trained (a) | trained (b) | plain JUnit | recorded (a) | recorded (b) "
                + "| overhead (a) | overhead (b) | image build (a) | image build (b) | tool total (a) | tool total (b) | tool exit (a, b) |\n");
        s.append("|---|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Group g : groups) {
            double plain = medianOf(g.get("plain.ms"));
            double ra = medianOf(g.get("a.tool.workload.ms"));
            double rb = medianOf(g.get("b.tool.workload.ms"));
            s.append("| ").append(g.get("app")).append(" | ").append(g.get("jdk")).append(" | ").append(g.get("plain.tests")).append(" | ")
                    .append(g.get("a.tool.tests")).append(" | ").append(g.get("a.tool.training")).append(" | ").append(g.get("b.tool.training"))
                    .append(" | ").append(sec(plain)).append(" | ").append(sec(ra)).append(" | ").append(sec(rb)).append(" | ")
                    .append(Double.isNaN(plain) || Double.isNaN(ra) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ra / plain)).append(" | ")
                    .append(Double.isNaN(plain) || Double.isNaN(rb) ? "n/a" : String.format(Locale.ROOT, "%.2fx", rb / plain)).append(" | ")
                    .append(sec(medianOf(g.get("a.tool.build.ms")))).append(" | ").append(sec(medianOf(g.get("b.tool.build.ms")))).append(" | ")
                    .append(sec(medianOf(g.get("a.tool.wall.ms")))).append(" | ").append(sec(medianOf(g.get("b.tool.wall.ms")))).append(" | ")
                    .append(g.get("a.tool.exit")).append(", ").append(g.get("b.tool.exit")).append(" |\n");
        }
        s.append('\n');
        List<String> seen = new ArrayList<>();
        for (Group g : groups) {
            if (seen.contains(g.get("app")) || g.get("description").isEmpty()) {
                continue;
            }
            seen.add(g.get("app"));
            s.append("- **").append(g.get("app")).append("**: ").append(g.get("description")).append(" Timed run: ")
                    .append(g.get("app.description")).append(". Option set (b) includes: `").append(g.get("deps.include")).append("`.\n");
        }
        s.append('\n');
        return s.toString();
    }

    /**
     * The served runs ({@code serve}'s raw-serve.tsv): per group and variant, the ms from the launch to the first
     * answer and to the last ({@value #SERVE_REQUESTS}th) of each round; per group the runs whose answers had another
     * status than expected (bad: kept, as {@code time} keeps a run whose output differs) and those that did not answer
     * them all (failed: left out).
     */
    record Served(Map<String, Map<String, Map<Integer, Double>>> first, Map<String, Map<String, Map<Integer, Double>>> last,
            Map<String, int[]> problems, int rounds) {
    }

    static Served served(Path raw) throws IOException {
        Map<String, Map<String, Map<Integer, Double>>> first = new LinkedHashMap<>();
        Map<String, Map<String, Map<Integer, Double>>> last = new LinkedHashMap<>();
        Map<String, int[]> problems = new LinkedHashMap<>();
        int rounds = 0;
        if (Files.isRegularFile(raw)) {
            List<String> lines = Files.readAllLines(raw);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                int round = Integer.parseInt(f[2]);
                rounds = Math.max(rounds, round);
                int[] p = problems.computeIfAbsent(f[0], g -> new int[2]);
                if (!f[5].equals("0")) {
                    p[1]++;
                    continue;
                }
                if (!f[6].equals("ok")) {
                    p[0]++;
                }
                first.computeIfAbsent(f[0], g -> new LinkedHashMap<>()).computeIfAbsent(f[1], v -> new TreeMap<>())
                        .put(round, Double.parseDouble(f[3]));
                last.computeIfAbsent(f[0], g -> new LinkedHashMap<>()).computeIfAbsent(f[1], v -> new TreeMap<>())
                        .put(round, Double.parseDouble(f[4]));
            }
        }
        return new Served(first, last, problems, rounds);
    }

    /** The table of the served runs, for the application groups that have any; empty without. */
    static String firstRequest(List<Group> groups, Served served) {
        List<Group> shown = groups.stream().filter(g -> served.first().containsKey(g.id()) || served.problems().containsKey(g.id())).toList();
        if (shown.isEmpty()) {
            return "";
        }
        String mix = shown.stream().map(g -> g.get("serve.requests")).filter(x -> !x.isEmpty()).findFirst().orElse("the mix file");
        StringBuilder s = new StringBuilder("\n### First request and warm-up\n\n");
        s.append(String.format(Locale.ROOT, "Median wall time (ms) from launching the server (`java -jar`, without `-Dspring.context.exit`) "
                + "to its first answered request (the mix's first, tried again every 5 ms while the connection is refused), and to "
                + "the %,dth answered request of the mix `%s`, sent one after the other by one client on one connection, cycling "
                + "through the mix; same variants and E as above (the oracle still trained on the start to a refreshed context), "
                + "%d interleaved rounds plus a warm-up round.%n%n", SERVE_REQUESTS, mix, served.rounds()));
        String k = String.format(Locale.ROOT, "%,d", SERVE_REQUESTS);
        s.append("| app | JDK | first request: default | oracle | image (a) | E (a) [90%] | image (b) | E (b) [90%] | ").append(k)
                .append(" requests: default | oracle | image (a) | E (a) [90%] | image (b) | E (b) [90%] |\n");
        s.append("|---|---|---:|---:|---:|---|---:|---|---:|---:|---:|---|---:|---|\n");
        List<String> notes = new ArrayList<>();
        for (Group g : shown) {
            s.append("| ").append(g.get("app")).append(" | ").append(g.get("jdk")).append(" |");
            for (Map<String, Map<String, Map<Integer, Double>>> times : List.of(served.first(), served.last())) {
                Map<String, Map<Integer, Double>> t = times.getOrDefault(g.id(), Map.of());
                double d = median(new ArrayList<>(t.getOrDefault("default", Map.of()).values()));
                double o = median(new ArrayList<>(t.getOrDefault("oracle", Map.of()).values()));
                s.append(' ').append(ms(d)).append(" | ").append(ms(o)).append(" |");
                for (String v : new String[] {"image", "image-deps"}) {
                    double i = median(new ArrayList<>(t.getOrDefault(v, Map.of()).values()));
                    s.append(' ').append(ms(i)).append(" | ");
                    if (Double.isNaN(i) || Double.isNaN(d) || Double.isNaN(o)) {
                        s.append(Double.isNaN(i) ? "no image" : "n/a").append(" |");
                    } else {
                        double[] ci = efficiencyInterval(t.get("default"), t.get("oracle"), t.get(v));
                        s.append(String.format(Locale.ROOT, "**%.2f** [%.2f, %.2f]", efficiency(d, o, i), ci[0], ci[1])).append(" |");
                    }
                }
            }
            s.append('\n');
            int[] p = served.problems().getOrDefault(g.id(), new int[2]);
            if (p[0] > 0 || p[1] > 0) {
                notes.add(g.id() + ": " + p[0] + " served run(s) got an answer with another status than the mix expects, " + p[1]
                        + " run(s) did not answer all " + k + " requests (left out of the medians)");
            }
        }
        for (String n : notes) {
            s.append("\n**Warning:** ").append(n).append('\n');
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- chart

    static String chart(Properties m, List<Group> groups) {
        List<Group> shown = groups.stream().filter(g -> g.get("status").equals("ok")).toList();
        String[] colors = {"#9e9e9e", "#1f77b4", "#ff7f0e", "#2ca02c"};
        int barW = 26;
        int gap = 34;
        int groupW = VARIANTS.length * barW + gap;
        int left = 60;
        int top = 50;
        int plotH = 300;
        int width = Math.max(480, left + shown.size() * groupW + 20);
        int height = top + plotH + 70;
        double max = 1;
        for (Group g : shown) {
            for (String v : VARIANTS) {
                double x = g.med(v);
                if (!Double.isNaN(x)) {
                    max = Math.max(max, x);
                }
            }
        }
        double step = niceStep(max / 5);
        double axisMax = Math.ceil(max / step) * step;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">App wall time, median of %s rounds "
                + "(ms, lower is better), %s</text>%n", left, esc(m.getProperty("rounds", "?")), esc(m.getProperty("date", ""))));
        for (int k = 0; k < VARIANTS.length; k++) {
            int lx = left + k * 110;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"27\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"37\">T_%s</text>%n", lx, colors[k], lx + 16, VARIANTS[k]));
        }
        for (double y = 0; y <= axisMax + 1e-9; y += step) {
            double py = top + plotH - y / axisMax * plotH;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", left, py, width - 10, py, left - 6, py + 4, y));
        }
        for (int gi = 0; gi < shown.size(); gi++) {
            Group g = shown.get(gi);
            int gx = left + gap / 2 + gi * groupW;
            for (int k = 0; k < VARIANTS.length; k++) {
                double v = g.med(VARIANTS[k]);
                if (Double.isNaN(v)) {
                    continue;
                }
                double h = v / axisMax * plotH;
                int x = gx + k * barW;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                        + "<title>%s JDK %s T_%s = %.1f ms</title></rect>%n", x, top + plotH - h, barW - 3, h, colors[k],
                        esc(g.get("app")), esc(g.get("jdk")), VARIANTS[k], v));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"9\">%.0f</text>%n",
                        x + (barW - 3) / 2.0, top + plotH - h - 3, v));
            }
            double cx = gx + (VARIANTS.length * barW - 3) / 2.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", cx, top + plotH + 16,
                    esc(g.get("app"))));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">JDK %s</text>%n", cx, top + plotH + 30,
                    esc(g.get("jdk"))));
            double d = g.med("default");
            double o = g.med("oracle");
            double i = g.med("image");
            if (!Double.isNaN(i)) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">E = %.2f</text>%n",
                        cx, top + plotH + 46, efficiency(d, o, i)));
            } else {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#c00\">no image</text>%n",
                        cx, top + plotH + 46));
            }
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top + plotH,
                width - 10, top + plotH));
        s.append("</svg>\n");
        return s.toString();
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * mag >= raw) {
                return f * mag;
            }
        }
        return 10 * mag;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static {
        // Keep number formatting independent of the machine's locale.
        Locale.setDefault(Locale.ROOT);
    }
}
