package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which recorded tests a training runs again. */
class TrainingSelectionTest {
    private static final String PARSE = "[engine:junit-jupiter]/[class:org.example.CsvTest]/[method:parse()]";
    private static final String PARSE_AGAIN = "[engine:junit-jupiter]/[class:org.example.CsvTest]/[method:parseTwice()]";
    private static final String PRINT = "[engine:junit-jupiter]/[class:org.example.PrinterTest]/[test-template:print(int)]/[test-template-invocation:#2]";
    private static final String LAMBDA = "[engine:junit-jupiter]/[class:org.example.PrinterTest]/[method:sorted()]";

    @Test
    void theTestsThatFirstExercisedSomethingInTheirRecordedOrder() {
        StatementsFile statements = StatementsReader.read("s.txt", String.join("\n",
                "@format 1",
                "class org.example.Parser\t" + PARSE,
                "method org.example.Parser#parse(Ljava/lang/String;)V\t" + PARSE,
                "jdk java.util.regex.Pattern\t" + PRINT,
                "lambda org.example.Printer accept ()Ljava/util/function/Consumer; (Ljava/lang/Object;)V REF_invokeStatic org.example.Printer lambda$0 (Ljava/lang/Object;)V (Ljava/lang/Object;)V\t" + LAMBDA,
                "class org.example.Loaded",
                "test " + PARSE + "\t1 ms SUCCESSFUL",
                "test " + PARSE_AGAIN + "\t1 ms SUCCESSFUL",
                "test " + PRINT + "\t1 ms SUCCESSFUL",
                "test " + LAMBDA + "\t1 ms SUCCESSFUL",
                "@end", ""));
        assertEquals(List.of(), statements.warnings());

        assertEquals(List.of(PARSE, PRINT, LAMBDA), Training.firstToExercise(statements, List.of(PARSE, PARSE_AGAIN, PRINT, LAMBDA)));
    }

    @Test
    void everyTestThatPassedUpToTheTrainingTestLimitThenTheFirstToExercise() {
        StatementsFile statements = StatementsReader.read("s.txt", String.join("\n",
                "@format 1",
                "class org.example.Parser\t" + PARSE,
                "jdk java.util.regex.Pattern\t" + PRINT,
                "test " + PARSE + "\t1 ms SUCCESSFUL",
                "test " + PARSE_AGAIN + "\t1 ms SUCCESSFUL",
                "test " + PRINT + "\t1 ms SUCCESSFUL",
                "@end", ""));
        List<String> passed = List.of(PARSE, PARSE_AGAIN, PRINT);

        assertEquals(passed, training(3).trainingTests(statements, passed), "three tests passed, a limit of three");
        assertEquals(passed, training(Training.DEFAULT_TRAINING_TEST_LIMIT).trainingTests(statements, passed));
        assertEquals(List.of(PARSE, PRINT), training(2).trainingTests(statements, passed), "three tests passed, a limit of two");
        assertEquals(List.of(PARSE, PRINT), training(0).trainingTests(statements, passed));
    }

    @Test
    void aNegativeTrainingTestLimitIsRefusedNamingTheSetting() {
        SysimgException e = org.junit.jupiter.api.Assertions.assertThrows(SysimgException.class,
                () -> new TrainingSettings(Path.of("runner.jar"), 0, null, -3, List.of(), Map.of(), null));
        assertEquals("--training-test-limit -3 is negative; give a number of tests, or 0 to train only the tests that first "
                + "exercised something.", e.message(Setting.Spelling.KEYS));
    }

    @ParameterizedTest(name = "--exclusive-class-limit {0}")
    @ValueSource(ints = {Training.DEFAULT_EXCLUSIVE_CLASS_LIMIT, -2})
    void aNegativeExclusiveClassLimitIsRefusedNamingTheSetting(int limit) {
        SysimgException e = org.junit.jupiter.api.Assertions.assertThrows(SysimgException.class,
                () -> new TrainingSettings(Path.of("runner.jar"), 0, limit, null, List.of(), Map.of(), null));
        assertEquals("--exclusive-class-limit " + limit + " is negative; give a number of classes, or 0 to keep every test in the "
                + "training run.", e.message(Setting.Spelling.KEYS));
    }

    @Test
    void noExclusiveClassLimitChoosesItBySuiteSize() {
        Training training = new TrainingSettings(Path.of("runner.jar"), 0, null, null, List.of(), Map.of(), null)
                .training(ClassPath.of(List.of()), ClassPath.of(List.of()));
        assertEquals(Training.SMALL_SUITE_EXCLUSIVE_CLASS_LIMIT, training.exclusiveClassLimit(Training.LARGE_SUITE_TEST_CLASSES - 1));
        assertEquals(Training.LARGE_SUITE_EXCLUSIVE_CLASS_LIMIT, training.exclusiveClassLimit(Training.LARGE_SUITE_TEST_CLASSES));
    }

    private static Training training(int trainingTestLimit) {
        return new Training(ClassPath.of(List.of()), Path.of("runner.jar"), 60, Training.DEFAULT_EXCLUSIVE_CLASS_LIMIT,
                trainingTestLimit, List.of(), Map.of(), null, Map.of(), ClassPath.empty(), true);
    }

    @Test
    void everyTestWhenTheStatementsNameNone() {
        StatementsFile statements = StatementsReader.read("s.txt", "@format 1\nclass org.example.Parser\ntest " + PARSE + "\n@end\n");

        assertEquals(List.of(PARSE, PARSE_AGAIN), Training.firstToExercise(statements, List.of(PARSE, PARSE_AGAIN)));
    }
}
