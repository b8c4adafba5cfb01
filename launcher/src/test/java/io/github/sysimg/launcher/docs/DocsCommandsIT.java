package io.github.sysimg.launcher.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command in README.md and docs/*.md runs as written. Each fenced shell block ({@code bash}, {@code sh},
 * {@code shell}) carries one marker after its language:
 * <ul>
 *   <li>{@code runnable}: this test runs it, from a folder that holds the repository's top-level entries (so
 *       {@code launcher/target/sysimg-tests.jar} and the bundled {@code sample-suite/} are where the block says),
 *       with the blocks of the same page before it, in {@code bash -euo pipefail}; it must exit 0 and hold no
 *       placeholder ({@code <...>}, {@code /path/to/}, {@code ...});</li>
 *   <li>{@code ci}: a command .ci/run runs itself (each command line of the block is a line of .ci/run);</li>
 *   <li>{@code template}: holds placeholders for the reader's own project; not run.</li>
 * </ul>
 */
class DocsCommandsIT {
    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    static final Set<String> SHELLS = Set.of("bash", "sh", "shell");
    static final Set<String> MARKERS = Set.of("runnable", "ci", "template");
    static final Pattern FENCE = Pattern.compile("^(\\s*)```(.*)$");
    static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][^>]*>|/path/to/|\\.\\.\\.");
    static final long BLOCK_TIMEOUT_SECONDS = 300;

    /** A fenced block: where it is, its info string's words after the language, its text. */
    record Block(Path page, int line, String language, List<String> markers, String text) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }

        boolean is(String marker) {
            return markers.contains(marker);
        }
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> blocks(Path page) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            List<String> info = List.of(open.group(2).strip().split("\\s+"));
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                String line = lines.get(j);
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading()).append('\n');
                j++;
            }
            blocks.add(new Block(page, i + 1, info.get(0), info.subList(1, info.size()), text.toString()));
            i = j;
        }
        return blocks;
    }

    static List<Block> shellBlocks() throws IOException {
        List<Block> all = new ArrayList<>();
        for (Path page : pages()) {
            blocks(page).stream().filter(b -> SHELLS.contains(b.language())).forEach(all::add);
        }
        return all;
    }

    @Test
    void everyShellBlockSaysHowItIsChecked() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (Block block : shellBlocks()) {
            long markers = block.markers().stream().filter(MARKERS::contains).count();
            if (markers != 1) {
                unmarked.add(block.where() + " (```" + block.language() + " " + String.join(" ", block.markers()) + ")");
            }
        }
        assertTrue(unmarked.isEmpty(), "A shell block must be marked ```bash runnable (this test runs it on the bundled sample), "
                + "```bash template (it has placeholders) or ```bash ci (.ci/run runs it): " + unmarked);
    }

    @Test
    void runnableBlocksHoldNoPlaceholder() throws IOException {
        for (Block block : shellBlocks()) {
            if (block.is("runnable")) {
                Matcher placeholder = PLACEHOLDER.matcher(block.text());
                if (placeholder.find()) {
                    fail(block.where() + ": a runnable block holds the placeholder \"" + placeholder.group()
                            + "\"; mark it ```bash template or write it to run as is");
                }
            }
        }
    }

    @Test
    void ciBlocksAreWhatCiRuns() throws IOException {
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8).stream().map(String::strip).toList();
        for (Block block : shellBlocks()) {
            if (block.is("ci")) {
                for (String line : commands(block.text())) {
                    assertTrue(ci.contains(line), block.where() + ": `" + line + "` is marked ci but .ci/run does not run it");
                }
            }
        }
    }

    /** The command lines of a block, without comments. */
    static List<String> commands(String text) {
        List<String> commands = new ArrayList<>();
        for (String line : text.split("\n")) {
            String command = line.replaceFirst("\\s+#.*$", "").replaceFirst("^#.*$", "").strip();
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    @TestFactory
    Stream<DynamicTest> runnableBlocksRunAsWritten() throws IOException {
        // Outside the repository, whose top-level entries it links to; kept only when a block failed, for a look.
        Path work = Files.createTempDirectory("sysimg-docs-commands");
        Map<Path, List<Block>> byPage = new LinkedHashMap<>();
        for (Block block : shellBlocks()) {
            if (block.is("runnable")) {
                byPage.computeIfAbsent(block.page(), p -> new ArrayList<>()).add(block);
            }
        }
        assertFalse(byPage.isEmpty(), "README.md and docs/*.md have no ```bash runnable block");
        return byPage.entrySet().stream().map(e -> DynamicTest.dynamicTest(ROOT.relativize(e.getKey()).toString(), () -> {
            Path dir = Files.createDirectories(work.resolve(e.getKey().getFileName().toString()));
            try (Stream<Path> entries = Files.list(ROOT)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (!entry.getFileName().toString().equals(".git")) {
                        Files.createSymbolicLink(dir.resolve(entry.getFileName().toString()), entry);
                    }
                }
            }
            for (Block block : e.getValue()) {
                run(block, dir);
            }
            deleteTree(dir);
        })).onClose(() -> {
            try (Stream<Path> left = Files.list(work)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(work);
                }
            } catch (IOException ignored) {
                // a temporary folder only
            }
        });
    }

    /** Deletes a folder the test made, without following its symbolic links into the repository. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    deleteTree(entry);
                }
            }
        }
        Files.delete(dir);
    }

    private static void run(Block block, Path dir) throws Exception {
        Path log = Files.createTempFile(dir, "block", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block.text()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // `java` in a block is the JDK that runs this build.
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        builder.environment().put("PATH", javaBin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", javaBin.getParent().toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(BLOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(block.where() + ": did not end within " + BLOCK_TIMEOUT_SECONDS + " s:\n" + block.text() + "\noutput:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.printf("%s: exit %d after %.1f s%n", block.where(), process.exitValue(), (System.nanoTime() - start) / 1e9);
        assertEquals(0, process.exitValue(), block.where() + ": the block failed in " + dir + ":\n" + block.text() + "\noutput:\n" + output);
    }
}
