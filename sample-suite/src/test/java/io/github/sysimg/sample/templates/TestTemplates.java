package io.github.sysimg.sample.templates;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers for the test suite. */
public final class TestTemplates {

    private static final TemplateEngine DEFAULT = TemplateEngine.create();

    private TestTemplates() {
    }

    /** Renders inline template text with a default engine. */
    public static String render(String source, Object data) {
        return DEFAULT.compile("test", source).render(data);
    }

    /** An insertion-ordered map from alternating keys and values; unlike Map.of it allows nulls. */
    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            result.put((String) keyValues[i], keyValues[i + 1]);
        }
        return result;
    }
}
