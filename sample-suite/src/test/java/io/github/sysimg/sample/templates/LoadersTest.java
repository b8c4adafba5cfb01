package io.github.sysimg.sample.templates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadersTest {

    @Test
    void mapLoader() {
        MapTemplateLoader loader = new MapTemplateLoader(Map.of("x", "X"));
        assertEquals(Optional.of("X"), loader.load("x"));
        assertEquals(Optional.empty(), loader.load("y"));
        assertEquals(Optional.of("Y"), loader.put("y", "Y").load("y"));
    }

    @Test
    void classpathLoaderReadsUtf8Resources() {
        ClasspathTemplateLoader loader = new ClasspathTemplateLoader("/test-templates/", ".tmpl");
        assertTrue(loader.load("hello").orElseThrow().startsWith("Hello {{ name }}"));
        assertEquals(Optional.empty(), loader.load("absent"));
    }

    @Test
    void engineRendersClasspathTemplatesWithPartials() {
        TemplateEngine engine = TemplateEngine.builder()
                .loader(new ClasspathTemplateLoader("test-templates/", ".tmpl"))
                .build();
        assertEquals("Hello Zoë!\n-- The Team\n", engine.render("hello", map("name", "Zo\u00eb")));
    }

    @Test
    void fileSystemLoader(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("mail"));
        Files.writeString(root.resolve("mail/welcome.tmpl"), "Welcome, {{ name }}");
        FileSystemTemplateLoader loader = new FileSystemTemplateLoader(root, ".tmpl");
        assertEquals(Optional.of("Welcome, {{ name }}"), loader.load("mail/welcome"));
        assertEquals(Optional.empty(), loader.load("mail/absent"));
        TemplateException e = assertThrows(TemplateException.class, () -> loader.load("../outside"));
        assertEquals("Template name escapes the template root: '../outside'", e.getMessage());
    }

    @Test
    void firstOfFallsThroughInOrder() {
        TemplateLoader chain = TemplateLoader.firstOf(
                new MapTemplateLoader().put("a", "first"),
                new MapTemplateLoader().put("a", "second").put("b", "only second"));
        assertEquals(Optional.of("first"), chain.load("a"));
        assertEquals(Optional.of("only second"), chain.load("b"));
        assertEquals(Optional.empty(), chain.load("c"));
        assertEquals(Optional.empty(), TemplateLoader.none().load("a"));
    }

    @Test
    void inlineTemplatesShadowTheLoader() {
        TemplateEngine engine = TemplateEngine.builder()
                .loader(new MapTemplateLoader().put("t", "from loader").put("u", "loader only"))
                .template("t", "inline")
                .build();
        assertEquals("inline", engine.render("t", null));
        assertEquals("loader only", engine.render("u", null));
    }
}
