package io.github.sysimg.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SurefireConfigurationTest {
    private static final Path BASE = Path.of("/work/module");

    @Test
    void theArgLineIsReplacedLateAndSplitAsSurefireSplitsIt() {
        Map<String, String> properties = Map.of("argLine", "-javaagent:/a/jacoco.jar=destfile=x \"-Dwith.space=a b\"", "heap", "256m");
        SurefireRun run = SurefireConfiguration.read("<configuration><argLine>@{argLine} -Xmx@{heap} -Dx=1 @{missing}</argLine></configuration>",
                properties::get, BASE);
        assertEquals(List.of("-javaagent:/a/jacoco.jar=destfile=x", "-Dwith.space=a b", "-Xmx256m", "-Dx=1"), run.argLine());
        assertEquals(1, run.notHonoured().size(), run.notHonoured().toString());
        assertTrue(run.notHonoured().get(0).contains("@{missing}"));
    }

    @Test
    void withoutAConfiguredArgLineThePropertyIsTheArgLine() {
        SurefireRun run = SurefireConfiguration.read(null, Map.of("argLine", "-Da=1")::get, BASE);
        assertEquals(List.of("-Da=1"), run.jvmArgs());
        assertEquals(BASE, run.workingDirectory());
        assertEquals(SurefireRun.DEFAULT_INCLUDES, run.includes());
    }

    @Test
    void propertiesEnvironmentFiltersAndParameters() {
        String xml = """
                <configuration>
                  <systemPropertyVariables><b.key>2</b.key><a.key>1</a.key></systemPropertyVariables>
                  <systemProperties><property><name>legacy</name><value>yes</value></property></systemProperties>
                  <environmentVariables><TOKEN>t</TOKEN></environmentVariables>
                  <workingDirectory>src/test</workingDirectory>
                  <includes><include>**/*Check.java</include></includes>
                  <excludes><exclude>**/Broken*Test.java</exclude></excludes>
                  <groups>fast, unit</groups>
                  <excludedGroups>slow</excludedGroups>
                  <properties><configurationParameters>x.y = on
                    z=1</configurationParameters></properties>
                  <classpathDependencyExcludes><classpathDependencyExclude>org.slf4j:slf4j-simple</classpathDependencyExclude></classpathDependencyExcludes>
                  <parallel>classes</parallel>
                </configuration>""";
        SurefireRun run = SurefireConfiguration.read(xml, name -> null, BASE);
        assertEquals(List.of("-Da.key=1", "-Db.key=2", "-Dlegacy=yes"), run.jvmArgs());
        assertEquals(Map.of("TOKEN", "t"), run.environment());
        assertEquals(BASE.resolve("src/test"), run.workingDirectory());
        assertEquals(List.of("fast", "unit"), run.groups());
        assertEquals(List.of("slow"), run.excludedGroups());
        assertEquals(Map.of("x.y", "on", "z", "1"), run.configuration());
        assertEquals(List.of("org.slf4j:slf4j-simple"), run.dependencyExcludes());
        assertTrue(run.notHonoured().get(0).contains("<parallel>"), run.notHonoured().toString());
    }

    @Test
    void dashDTestOverridesTheIncludesAndExcludes() {
        SurefireRun run = SurefireConfiguration.read("<configuration><excludes><exclude>**/A*</exclude></excludes></configuration>",
                Map.of("test", "AppTest,Other*")::get, BASE);
        assertEquals(List.of("AppTest", "Other*"), run.includes());
        assertEquals(List.of(), run.excludes());
    }

    @Test
    void surefirePatternsMatchClassNamesAsSurefireMatchesClassFiles() {
        assertMatches("**/*Test.java", "com.example.FooTest", true);
        assertMatches("**/*Test.java", "FooTest", true);
        assertMatches("**/*Test.java", "com.example.FooTests", false);
        assertMatches("**/Test*.java", "com.example.TestFoo", true);
        assertMatches("**/Test*.java", "com.Testing.Foo", false);
        assertMatches("**/*$*", "com.example.Foo$Inner", true);
        assertMatches("**/*$*", "com.example.Foo", false);
        assertMatches("com/example/**/*IT.java", "com.example.a.b.FooIT", true);
        assertMatches("com/example/**/*IT.java", "org.example.FooIT", false);
        assertMatches("FooTest", "com.example.FooTest", true);
        assertMatches("FooTest#someMethod", "com.example.FooTest", true);
        assertMatches("%regex[.*(Cat|Dog).*Test.*]", "com.example.CatFoodTest", true);
        assertMatches("%regex[.*(Cat|Dog).*Test.*]", "com.example.BirdTest", false);
    }

    @Test
    void theIncludedPackageIsTheGroupIdWhenItHoldsTheClassesElseTheirSharedPackage() {
        assertEquals("com.example", BuiltModule.sharedPackage(List.of(), null, "com.example"));
        assertEquals("", BuiltModule.sharedPackage(List.of()));
        assertEquals("org.apache.commons.io", BuiltModule.sharedPackage(List.of("org.apache.commons.io", "org.apache.commons.io.input")));
        assertEquals("org.a", BuiltModule.sharedPackage(List.of("org.a.b", "org.a.c")));
    }

    @Test
    void aJarOfTheLocalRepositoryIsKnownByItsCoordinates() {
        Path jar = Path.of("/home/u/.m2/repository/org/slf4j/slf4j-simple/2.0.9/slf4j-simple-2.0.9.jar");
        assertTrue(BuiltModule.isArtifact(jar, "org.slf4j:slf4j-simple"));
        assertFalse(BuiltModule.isArtifact(jar, "org.slf4j:slf4j-api"));
        assertFalse(BuiltModule.isArtifact(jar, "org:slf4j-simple"));
    }

    private static void assertMatches(String surefirePattern, String className, boolean expected) {
        String regex = SurefireRun.classNamePattern(surefirePattern);
        assertEquals(expected, Pattern.matches(regex, className), surefirePattern + " as " + regex + " on " + className);
    }
}
