package io.github.sysimg.maven.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * docs/maven.md's reference of the goals and their parameters is the one generated from the plugin descriptor that
 * maven-plugin-plugin wrote for this build (target/classes/META-INF/maven/plugin.xml, from the mojos' annotations and
 * javadoc). When it differs, the failure names the one command that regenerates every generated section of the docs.
 */
class GoalsReferenceTest {
    /** Set to true (a Maven user property, which Surefire passes on) to rewrite the section instead of comparing. */
    static final String REGENERATE_PROPERTY = "sysimg.docs.regenerate";
    /** The same command as the launcher's GeneratedDocsTest names: it regenerates both modules' sections. */
    static final String REGENERATE_COMMAND = "mvn -B -q package -Dtest='GeneratedDocsTest,GoalsReferenceTest' "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE_PROPERTY + "=true";
    static final String NAME = "maven-goals";
    static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path DESCRIPTOR = BASEDIR.resolve("target/classes/META-INF/maven/plugin.xml");
    static final Path PAGE = BASEDIR.getParent().resolve("docs/maven.md");
    /** The goals in the order a build runs them; any other goal follows, by name. */
    static final List<String> ORDER = List.of("prepare-agent", "image", "merge");

    @Test
    void theGoalsReferenceInDocsMavenMdIsTheOneThePluginDescriptorGenerates() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), DESCRIPTOR + " is missing: maven-plugin-plugin writes it at process-classes");
        String generated = markdown(DESCRIPTOR);
        String text = Files.readString(PAGE, StandardCharsets.UTF_8);
        String begin = "<!-- generated: " + NAME + " (do not edit; regenerate with: " + REGENERATE_COMMAND + ") -->";
        String end = "<!-- end of generated: " + NAME + " -->";
        int start = text.indexOf("<!-- generated: " + NAME + " ");
        int stop = text.indexOf(end);
        if (start < 0 || stop < start) {
            fail(PAGE + " has no generated section \"" + NAME + "\": put the lines\n" + begin + "\n" + end + "\nwhere it goes, then run: "
                    + REGENERATE_COMMAND);
        }
        int bodyStart = text.indexOf('\n', start) + 1;
        String current = text.substring(start, stop);
        String wanted = begin + "\n" + generated;
        if (current.equals(wanted)) {
            return;
        }
        if (Boolean.getBoolean(REGENERATE_PROPERTY)) {
            Files.writeString(PAGE, text.substring(0, start) + wanted + text.substring(stop), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(wanted, current, "The generated section \"" + NAME + "\" of " + PAGE.normalize() + " differs from what the "
                + "plugin descriptor of this build generates (from line " + (text.substring(0, bodyStart).split("\n", -1).length)
                + "). Regenerate it (and every other generated section) with:\n  " + REGENERATE_COMMAND + "\nand commit the result.");
    }

    /** One section per goal: its phase and description, then a table of the parameters a POM or a -D can set. */
    static String markdown(Path descriptor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(descriptor.toFile());
        Element plugin = document.getDocumentElement();
        String prefix = text(plugin, "goalPrefix");
        List<Element> mojos = children(child(plugin, "mojos"), "mojo");
        mojos.sort(java.util.Comparator.comparingInt((Element m) -> rank(text(m, "goal"))).thenComparing(m -> text(m, "goal")));
        StringBuilder out = new StringBuilder();
        for (Element mojo : mojos) {
            String goal = text(mojo, "goal");
            String phase = text(mojo, "phase");
            out.append("\n#### `").append(prefix).append(':').append(goal).append("`\n\n");
            out.append(phase.isEmpty() ? "Not bound to a phase: run it on the command line." : "Bound to the `" + phase + "` phase.")
                    .append(' ').append(prose(text(mojo, "description"))).append("\n\n");
            Map<String, Element> configuration = new HashMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Element c : children(config, null)) {
                    configuration.put(c.getTagName(), c);
                }
            }
            out.append("| parameter | user property | default | description |\n|---|---|---|---|\n");
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                Element c = configuration.get(name);
                String expression = c == null ? "" : c.getTextContent().strip();
                String property = expression.matches("\\$\\{[^}]+}") ? "`" + expression.substring(2, expression.length() - 1) + "`" : "";
                String defaultValue = c == null ? "" : c.getAttribute("default-value");
                out.append("| `").append(name).append("` | ").append(property).append(" | ")
                        .append(defaultValue.isEmpty() ? "" : "`" + defaultValue + "`").append(" | ")
                        .append("true".equals(text(parameter, "required")) ? "Required. " : "")
                        .append(prose(text(parameter, "description")).replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }

    private static int rank(String goal) {
        int i = ORDER.indexOf(goal);
        return i < 0 ? ORDER.size() : i;
    }

    /** The descriptor's description (plain text: plugin-tools drops javadoc's tags) as one line of Markdown. */
    static String prose(String text) {
        return text.replace("<", "&lt;").replaceAll("\\s+", " ").strip();
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && (name == null || ((Element) node).getTagName().equals(name))) {
                out.add((Element) node);
            }
        }
        return out;
    }
}
