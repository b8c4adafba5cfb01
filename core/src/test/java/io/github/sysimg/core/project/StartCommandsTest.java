package io.github.sysimg.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ClassPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartCommandsTest {
    private static final Path JAVA = Path.of("/opt/my jdk/bin/java");
    private static final Path IMAGE = Path.of("/w/app.aot");

    @Test
    void anApplicationsLinePastesAsItIsQuotedForTheShell() {
        StartCommands commands = new StartCommands(BuiltModule.Form.APPLICATION, JAVA, IMAGE,
                ClassPath.of(List.of(Path.of("/w/app.jar"), Path.of("/w/lib.jar"))), "com.example.Main");
        assertEquals(List.of("'/opt/my jdk/bin/java' @/w/app.aot.args com.example.Main"), commands.start());
        assertTrue(commands.argFileText(List.of("-XX:AOTCache=/w/app.aot")).contains("-cp\n/w/app.jar:/w/lib.jar\n"));
    }

    @Test
    void aSelfContainedJarStartsWithDashJarAndItsArgFileSetsNoClassPath() {
        StartCommands commands = new StartCommands(BuiltModule.Form.SELF_CONTAINED, Path.of("/jdk/bin/java"), IMAGE,
                ClassPath.of(List.of(Path.of("/w/app.jar"))), "com.example.Main");
        assertEquals(List.of("/jdk/bin/java @/w/app.aot.args -jar /w/app.jar"), commands.start());
        assertFalse(commands.argFileText(List.of("-XX:AOTCache=/w/app.aot")).contains("-cp"));
        assertEquals("java -jar /t/sysimg-tests.jar time --image /w/app.aot -- /jdk/bin/java -jar /w/app.jar", commands.time("/t/sysimg-tests.jar").get(0));
    }

    @Test
    void aLibrarysLineNamesWhatToFillInOnALineOfItsOwn() {
        StartCommands commands = new StartCommands(BuiltModule.Form.LIBRARY, Path.of("/jdk/bin/java"), IMAGE,
                ClassPath.of(List.of(Path.of("/w/lib.jar"))), null);
        List<String> start = commands.start();
        assertEquals("/jdk/bin/java @/w/app.aot.args -cp /w/lib.jar:OTHER_JARS MAIN_CLASS", start.get(0));
        assertTrue(start.get(1).startsWith("(a library: put your program's own jars in OTHER_JARS"), start.get(1));
        assertTrue(start.stream().noneMatch(l -> l.contains("<")), "no placeholder a shell refuses: " + start);
    }

    @Test
    void aSpringBootTimeLineEndsTheApplicationOnceItsContextIsRefreshed() {
        StartCommands commands = new StartCommands(BuiltModule.Form.SPRING_BOOT, Path.of("/jdk/bin/java"), IMAGE,
                ClassPath.of(List.of(Path.of("/w/app.aot.app/app.jar"))), "com.example.App");
        assertEquals(List.of("java -jar /t/s.jar time --image /w/app.aot -- /jdk/bin/java -Dspring.context.exit=onRefresh -jar /w/app.aot.app/app.jar"),
                commands.time("/t/s.jar"));
    }
}
