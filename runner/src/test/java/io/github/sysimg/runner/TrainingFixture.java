package io.github.sysimg.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests of every kind that a training runs, for {@link JUnitTrainingTest}; not run by the build itself (the name
 * matches no test pattern). Each records what it saw in {@link #SEEN}.
 */
class TrainingFixture {
    static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @TempDir
    File folder;

    @Test
    void writesIntoItsTemporaryFolder() throws Exception {
        Files.writeString(new File(folder, "testfile1.txt").toPath(), "written");
        SEEN.add("field " + folder.getAbsolutePath());
    }

    @Test
    void getsATemporaryFolderParameter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README"), "written");
        SEEN.add("parameter " + dir);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of("a", 1), Arguments.of("bb", 2));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void lengths(String text, int length) {
        assertEquals(length, text.length());
        SEEN.add("parameterized " + text);
    }

    @RepeatedTest(3)
    void repeats(org.junit.jupiter.api.RepetitionInfo info) {
        SEEN.add("repetition " + info.getCurrentRepetition());
    }

    @TestFactory
    List<DynamicTest> factory() {
        return List.of(DynamicTest.dynamicTest("one", () -> SEEN.add("dynamic one")),
                DynamicTest.dynamicTest("two", () -> SEEN.add("dynamic two")));
    }

    @Test
    void fails() {
        SEEN.add("fails");
        assertNotNull(null, "a test that fails in the training");
    }

    @Test
    @Disabled("a test the training does not run")
    void disabled() {
        SEEN.add("disabled");
    }

    @Nested
    class Inner {
        @Test
        void seesItsOuterInstance() {
            assertNotNull(folder);
            SEEN.add("nested");
        }
    }
}
