package io.github.sysimg.core.project;

import static io.github.sysimg.core.project.PomXml.child;
import static io.github.sysimg.core.project.PomXml.children;
import static io.github.sysimg.core.project.PomXml.text;

import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads Surefire's effective configuration of a module's {@code test} execution into a {@link SurefireRun}. Both front
 * ends hand it the same thing: the {@code <configuration>} element as Maven resolved it (inheritance, profiles and
 * {@code ${...}} already applied), and the project's properties for what Surefire itself resolves late:
 * {@code @{...}} in the argLine, and the parameters a property sets when the configuration does not ({@code argLine},
 * {@code test}, {@code groups}, {@code excludedGroups}).
 */
public final class SurefireConfiguration {
    private static final Pattern LATE_REFERENCE = Pattern.compile("@\\{([^}]+)}");

    private SurefireConfiguration() {
    }

    /**
     * @param configurationXml the {@code <configuration>} element, or null or blank when the build configures none
     * @param property         a property of the build (user properties first, then the project's), or null
     * @param baseDir          the module's base directory
     */
    public static SurefireRun read(String configurationXml, Function<String, String> property, Path baseDir) {
        Element config = configurationXml == null || configurationXml.isBlank() ? null : parse(configurationXml);
        List<String> notHonoured = new ArrayList<>();
        String configuredArgLine = text(config, "argLine");
        String argLine = configuredArgLine != null ? configuredArgLine : property.apply("argLine");
        List<String> args = argLine == null ? List.of() : lateReplaced(ArgLines.split(argLine), property, notHonoured);

        Map<String, String> systemProperties = new LinkedHashMap<>();
        Element legacy = child(config, "systemProperties");
        if (legacy != null) {
            for (Element p : children(legacy)) {
                if (p.getNodeName().equals("property") && child(p, "name") != null) {
                    systemProperties.put(text(p, "name"), valueOrEmpty(text(p, "value")));
                } else {
                    systemProperties.put(p.getNodeName(), valueOrEmpty(p.getTextContent()));
                }
            }
        }
        systemProperties.putAll(map(child(config, "systemPropertyVariables")));
        Map<String, String> environment = map(child(config, "environmentVariables"));

        String workingDirectory = text(config, "workingDirectory");
        Path workingDir = workingDirectory == null ? baseDir : baseDir.resolve(workingDirectory).normalize();

        String test = firstNonBlank(text(config, "test"), property.apply("test"));
        List<String> includes;
        List<String> excludes;
        if (test != null) {
            // -Dtest overrides the includes and excludes, as in Surefire
            includes = commaSeparated(test);
            excludes = List.of();
        } else {
            includes = list(child(config, "includes"));
            includes = includes.isEmpty() ? SurefireRun.DEFAULT_INCLUDES : includes;
            excludes = list(child(config, "excludes"));
            excludes = excludes.isEmpty() ? SurefireRun.DEFAULT_EXCLUDES : excludes;
        }
        List<String> groups = commaSeparated(firstNonBlank(text(config, "groups"), property.apply("groups")));
        List<String> excludedGroups = commaSeparated(firstNonBlank(text(config, "excludedGroups"), property.apply("excludedGroups")));

        Map<String, String> configuration = new LinkedHashMap<>();
        // the JUnit Platform provider reads them from <properties>
        String parameters = text(child(config, "properties"), "configurationParameters");
        if (parameters != null) {
            Properties read = new Properties();
            try {
                read.load(new StringReader(parameters));
            } catch (IOException | IllegalArgumentException e) {
                throw new SysimgException("Surefire's <configurationParameters> cannot be read as properties (" + e.getMessage()
                        + "); write one key=value a line.", e);
            }
            read.stringPropertyNames().stream().sorted().forEach(k -> configuration.put(k, read.getProperty(k)));
        }
        List<Path> additional = list(child(config, "additionalClasspathElements")).stream()
                .map(e -> baseDir.resolve(e).normalize()).toList();
        List<String> dependencyExcludes = list(child(config, "classpathDependencyExcludes"));

        for (String unsupported : List.of("includesFile", "excludesFile", "dependenciesToScan", "classpathDependencyScopeExclude",
                "jvm", "useModulePath", "parallel", "threadCount", "runOrder")) {
            String value = text(config, unsupported);
            boolean given = value != null || child(config, unsupported) != null;
            if (given && !(unsupported.equals("useModulePath") && "false".equals(value))) {
                notHonoured.add("Surefire's <" + unsupported + "> is not honoured: the tests run as if it were not set.");
            }
        }
        return new SurefireRun(args, systemProperties, environment, workingDir, includes, excludes, groups, excludedGroups,
                configuration, additional, dependencyExcludes, notHonoured, configuredArgLine);
    }

    /** {@code @{name}} replaced by the property's value, as Surefire does just before it forks; an undefined one is dropped. */
    private static List<String> lateReplaced(List<String> args, Function<String, String> property, List<String> notHonoured) {
        List<String> replaced = new ArrayList<>();
        for (String arg : args) {
            Matcher m = LATE_REFERENCE.matcher(arg);
            StringBuilder out = new StringBuilder();
            boolean whole = false;
            while (m.find()) {
                String value = property.apply(m.group(1));
                if (value == null) {
                    notHonoured.add("The argLine's @{" + m.group(1) + "} names no property; it is left out.");
                    value = "";
                }
                whole = m.start() == 0 && m.end() == arg.length();
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            if (whole) {
                // a property that holds several arguments (JaCoCo's, ours) splits into them
                replaced.addAll(ArgLines.split(out.toString()));
            } else if (!out.toString().isBlank()) {
                replaced.add(out.toString());
            }
        }
        return replaced;
    }

    private static Element parse(String xml) {
        try {
            return PomXml.parse(xml);
        } catch (Exception e) {
            throw new SysimgException("Surefire's configuration cannot be read (" + e.getMessage() + "); run mvn help:effective-pom to see it.", e);
        }
    }

    private static Map<String, String> map(Element parent) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Element e : children(parent)) {
            map.put(e.getNodeName(), valueOrEmpty(e.getTextContent()));
        }
        return map;
    }

    private static List<String> list(Element parent) {
        List<String> list = new ArrayList<>();
        for (Element e : children(parent)) {
            // a comma-separated value in one element is several, as Surefire reads it
            list.addAll(commaSeparated(e.getTextContent()));
        }
        return list;
    }

    private static List<String> commaSeparated(String value) {
        List<String> parts = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
