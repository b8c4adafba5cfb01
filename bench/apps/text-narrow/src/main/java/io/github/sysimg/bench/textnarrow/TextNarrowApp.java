package io.github.sysimg.bench.textnarrow;

import java.util.Map;

import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.WordUtils;

/** Fills a message template and wraps it for a terminal: StringSubstitutor and WordUtils. */
public final class TextNarrowApp {

    private TextNarrowApp() {
    }

    public static void main(String[] args) {
        Map<String, String> values = Map.of("user", "Ada", "count", "3", "project", "analytical engine");
        String message = StringSubstitutor.replace(
                "Dear ${user}, you have ${count} new ${kind:-messages} about the ${project}. Please review them"
                        + " before the next meeting of the ${team:-engineering} team.", values);
        System.out.println(WordUtils.wrap(message, 40));
        System.out.println(WordUtils.capitalizeFully("the ${project} status"));
    }
}
