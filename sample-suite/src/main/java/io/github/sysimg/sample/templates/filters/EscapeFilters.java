package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.HtmlEscaper;
import io.github.sysimg.sample.templates.runtime.SafeString;
import io.github.sysimg.sample.templates.runtime.Values;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Built-in filters that escape or mark output for a target syntax. */
final class EscapeFilters {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NEWLINE = Pattern.compile("\r?\n");

    private EscapeFilters() {
    }

    static void registerAll(FilterRegistry registry) {
        registry.register("html", 0, 0, (in, args) -> in instanceof SafeString safe ? safe
                        : new SafeString(HtmlEscaper.escape(Values.toDisplayString(in))))
                .register("raw", 0, 0, (in, args) -> new SafeString(Values.toDisplayString(in)))
                .register("url", 0, 0, (in, args) -> URLEncoder.encode(Values.toDisplayString(in), StandardCharsets.UTF_8))
                .register("json", 0, 1, (in, args) -> new JsonWriter(args.resolver(), args.integer(0, 0)).write(in))
                .register("nl2br", 0, 0, (in, args) -> new SafeString(NEWLINE.matcher(
                        HtmlEscaper.escape(Values.toDisplayString(in))).replaceAll("<br>\n")))
                .register("strip_tags", 0, 0, (in, args) -> TAG.matcher(Values.toDisplayString(in)).replaceAll(""));
    }
}
