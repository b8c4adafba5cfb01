package io.github.sysimg.launcher.docs;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sysimg.launcher.SysimgCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The generated parts of README.md and docs/ match what the build generates now: the command line's options
 * reference (from picocli's model of the commands) and README's table of the gain (from the latest bench results).
 * When one differs, the failure says the one command that regenerates them all.
 */
class GeneratedDocsTest {
    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @Test
    void theCommandLineReferenceInDocsCliMdIsTheOneThePicocliModelGenerates() throws Exception {
        String generated = CliReference.markdown(new CommandLine(new SysimgCommand()));
        assertNull(GeneratedSection.check(ROOT.resolve("docs/cli.md"), "cli-reference", generated));
    }

    @Test
    void theGainTableInTheReadmeIsTheOneTheLatestBenchResultsGenerate() throws Exception {
        assertNull(GeneratedSection.check(ROOT.resolve("README.md"), "gain", BenchSummary.markdown(ROOT.resolve("bench"))));
    }
}
