package io.github.sysimg.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training runs recorded tests of every kind through JUnit, as the recording run did. */
class JUnitTrainingTest {
    private static final String CLASS = "[engine:junit-jupiter]/[class:" + TrainingFixture.class.getName() + "]";
    private static final String FIELD = CLASS + "/[method:writesIntoItsTemporaryFolder()]";
    private static final String PARAMETER = CLASS + "/[method:getsATemporaryFolderParameter(java.nio.file.Path)]";
    private static final String INVOCATION = CLASS + "/[test-template:lengths(java.lang.String, int)]/[test-template-invocation:#2]";
    private static final String REPETITION = CLASS + "/[test-template:repeats(org.junit.jupiter.api.RepetitionInfo)]/[test-template-invocation:#3]";
    private static final String DYNAMIC = CLASS + "/[test-factory:factory()]/[dynamic-test:#1]";
    private static final String NESTED = CLASS + "/[nested-class:Inner]/[method:seesItsOuterInstance()]";
    private static final String FAILS = CLASS + "/[method:fails()]";
    private static final String DISABLED = CLASS + "/[method:disabled()]";
    private static final String GONE = CLASS + "/[method:renamedSinceTheRecording()]";

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void clear() {
        TrainingFixture.SEEN.clear();
    }

    private String train(List<String> tests) {
        return JUnitTraining.train(tests, Map.of(), new PrintStream(log, true, StandardCharsets.UTF_8), true);
    }

    @Test
    void everyKindOfTestRunsAsSelectedByItsUniqueId() {
        String summary = train(List.of(FIELD, PARAMETER, INVOCATION, REPETITION, DYNAMIC, NESTED));

        assertEquals(JUnitTraining.SUMMARY + "6 of 6 tests with JUnit (0 failed, 0 aborted); 0 not run (0 disabled, 0 not found by their unique id)",
                summary);
        Set<String> seen = new TreeSet<>(TrainingFixture.SEEN);
        assertTrue(seen.contains("parameterized bb") && !seen.contains("parameterized a"), "only the selected invocation: " + seen);
        assertTrue(seen.contains("repetition 3") && !seen.contains("repetition 1"), seen.toString());
        assertTrue(seen.contains("dynamic one") && !seen.contains("dynamic two"), seen.toString());
        assertTrue(seen.contains("nested"), seen.toString());
    }

    @Test
    void temporaryFoldersAreRealAndDeletedAfterwards() {
        train(List.of(FIELD, PARAMETER));

        List<Path> folders = TrainingFixture.SEEN.stream().map(s -> Path.of(s.substring(s.indexOf(' ') + 1))).toList();
        assertEquals(2, folders.size(), TrainingFixture.SEEN.toString());
        for (Path folder : folders) {
            assertTrue(folder.isAbsolute(), folder.toString());
            assertFalse(Files.exists(folder), "JUnit deleted " + folder);
        }
        assertFalse(Files.exists(Path.of("testfile1.txt")), "nothing was written into the working directory");
        assertFalse(Files.exists(Path.of("README")), "nothing was written into the working directory");
    }

    @Test
    void failedDisabledAndUnknownTestsAreCountedEachForItsReason() {
        String summary = train(List.of(FIELD, FAILS, DISABLED, GONE));

        assertEquals(JUnitTraining.SUMMARY + "2 of 4 tests with JUnit (1 failed, 0 aborted); 2 not run (1 disabled, 1 not found by their unique id)",
                summary);
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(JUnitTraining.MARKER + FIELD + "\n"), text);
        assertTrue(text.contains(JUnitTraining.MARKER + FAILS + "\n"), text);
        assertTrue(text.contains(JUnitTraining.THREW + FAILS + "\n"), text);
        assertFalse(text.contains(JUnitTraining.THREW + FIELD), text);
        assertFalse(TrainingFixture.SEEN.contains("disabled"));
    }
}
