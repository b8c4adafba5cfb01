package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainAvailableTest {

    @Test
    void testClassesThatShareThePackageFallOut(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/Lib.class"));
            out.closeEntry();
        }
        String lambda = "com/example/Lib apply ()Ljava/util/function/Function; (Ljava/lang/Object;)Ljava/lang/Object; REF_invokeStatic "
                + "com/example/Lib lambda$0 (Ljava/lang/Object;)Ljava/lang/Object; (Ljava/lang/Object;)Ljava/lang/Object;";
        String testLambda = lambda.replace("com/example/Lib ", "com/example/LibTest ");
        StatementsFile recorded = new StatementsFile(Map.of(), List.of(
                new Statement(StatementKind.CLASS, "com.example.Lib", "[engine:junit-jupiter]"),
                new Statement(StatementKind.CLASS, "com.example.LibTest"),
                new Statement(StatementKind.METHOD, "com.example.Lib#run()V"),
                new Statement(StatementKind.METHOD, "com.example.LibTest#test()V"),
                new Statement(StatementKind.LAMBDA, lambda),
                new Statement(StatementKind.LAMBDA, testLambda),
                new Statement(StatementKind.JDK, "java.util.regex.Pattern"),
                new Statement(StatementKind.TEST, "[engine:junit-jupiter]/[class:com.example.LibTest]", "3 ms SUCCESSFUL")));

        StatementsFile kept = recorded.retainAvailable(ClassPath.of(List.of(jar)), Map.of("includes", "com.example"));

        assertEquals(Set.of("com.example.Lib"), kept.names(StatementKind.CLASS));
        assertEquals(Set.of("com.example.Lib#run()V"), kept.names(StatementKind.METHOD));
        assertEquals(Set.of(lambda), kept.names(StatementKind.LAMBDA));
        assertEquals(1, kept.statements(StatementKind.JDK).size());
        assertEquals(1, kept.statements(StatementKind.TEST).size());
        assertEquals("com.example", kept.header().get("includes"));
    }
}
