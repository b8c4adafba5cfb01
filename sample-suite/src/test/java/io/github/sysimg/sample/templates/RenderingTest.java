package io.github.sysimg.sample.templates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static io.github.sysimg.sample.templates.TestTemplates.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** End-to-end rendering of the template language's features. */
class RenderingTest {

    public record Address(String city, String zip) {
    }

    public record User(String name, int age, boolean admin, Address address, List<String> roles) {
    }

    public static class Account {
        private final BigDecimal balance;

        public Account(String balance) {
            this.balance = new BigDecimal(balance);
        }

        public BigDecimal getBalance() {
            return balance;
        }

        public boolean isOverdrawn() {
            return balance.signum() < 0;
        }
    }

    private static final User ADA = new User("Ada", 36, true, new Address("London", "N1"), List.of("dev", "ops"));

    @Test
    void plainTextPassesThrough() {
        assertEquals("no tags here\n", render("no tags here\n", null));
    }

    @Test
    void dottedPathsOverMapsRecordsAndBeans() {
        Map<String, Object> data = map("user", ADA, "account", new Account("-12.50"), "meta", map("site", map("title", "T")));
        assertEquals("Ada London T -12.50 true",
                render("{{ user.name }} {{ user.address.city }} {{ meta.site.title }} {{ account.balance }} "
                        + "{{ account.overdrawn }}", data));
    }

    @Test
    void indexingListsAndMaps() {
        Map<String, Object> data = map("xs", List.of("a", "b", "c"), "m", map("k-1", "v"), "key", "k-1", "i", 2);
        assertEquals("a c c b v v", render("{{ xs[0] }} {{ xs[-1] }} {{ xs[i] }} {{ xs.1 }} {{ m['k-1'] }} {{ m[key] }}", data));
    }

    @Test
    void missingValuesRenderEmptyByDefault() {
        assertEquals("[][][]", render("[{{ nope }}][{{ user.nope }}][{{ nothing.at.all }}]", map("user", ADA)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ 1 + 2 * 3 }}                  => 7",
            "{{ (1 + 2) * 3 }}                => 9",
            "{{ 7 / 2 }}                      => 3.5",
            "{{ 10 / 5 }}                     => 2",
            "{{ 7 % 3 }}                      => 1",
            "{{ -x + 1 }}                     => -4",
            "{{ price * qty }}                => 59.97",
            "{{ 0.1 + 0.2 }}                  => 0.3",
            "{{ 'a' + 1 + 2 }}                => a12",
            "{{ x > 3 and x < 10 }}           => true",
            "{{ x == 5.0 }}                   => true",
            "{{ not (x >= 5) }}               => false",
            "{{ x != 5 or false }}            => false",
            "{{ 'b' > 'a' }}                  => true",
            "{{ 'dev' in roles }}             => true",
            "{{ 'ad' in 'admin' }}            => true",
            "{{ 3 in [1, 2] }}                => false",
            "{{ x > 3 ? 'big' : 'small' }}    => big",
            "{{ missing ?? 'fallback' }}      => fallback",
            "{{ x ?? 'fallback' }}            => 5",
            "{{ empty or 'default' }}         => default",
            "{{ x and 'yes' }}                => yes",
            "{{ roles | length > 1 ? 'many' : 'one' }} => one",
    })
    void expressions(String template, String expected) {
        Map<String, Object> data = map("x", 5, "price", new BigDecimal("19.99"), "qty", 3, "roles", List.of("dev"),
                "empty", "");
        assertEquals(expected, render(template, data));
    }

    @Test
    void sectionsIterateListsAndEnterObjects() {
        String template = "{{#roles}}<{{ this }}>{{/roles}}{{#address}}{{ city }}/{{ name }}{{/address}}";
        assertEquals("<dev><ops>London/Ada", render(template, ADA));
    }

    @Test
    void sectionsOnBooleansAndFalsyValues() {
        String template = "{{#admin}}A{{/admin}}{{#missing}}M{{/missing}}{{^missing}}!M{{/missing}}"
                + "{{#roles}}R{{else}}none{{/roles}}";
        assertEquals("A!MRR", render(template, ADA));
        assertEquals("!Mnone", render(template, map("admin", false, "roles", List.of())));
    }

    @Test
    void sectionsIterateArraysStreamsAndOptionals() {
        assertEquals("123", render("{{#xs}}{{ this }}{{/xs}}", map("xs", new int[] {1, 2, 3})));
        assertEquals("ab", render("{{#xs}}{{ this }}{{/xs}}", map("xs", Stream.of("a", "b"))));
        assertEquals("x", render("{{#o}}{{ this }}{{/o}}{{#e}}E{{/e}}", map("o", Optional.of("x"), "e", Optional.empty())));
    }

    @Test
    void ifElseChains() {
        String template = "{{#if age >= 65}}senior{{else if age >= 18}}adult{{else}}minor{{/if}}";
        assertEquals("senior", render(template, map("age", 70)));
        assertEquals("adult", render(template, map("age", 18)));
        assertEquals("minor", render(template, map("age", 3)));
        assertEquals("adult", render("{{#unless age < 18}}adult{{/unless}}", map("age", 30)));
    }

    @Test
    void eachWithAliasAndLoopMetadata() {
        String template = "{{#each roles as role}}{{ loop.number }}/{{ loop.size }}:{{ role }}"
                + "{{#if loop.first}}(first){{/if}}{{#unless loop.last}}, {{/unless}}{{/each}}";
        assertEquals("1/2:dev(first), 2/2:ops", render(template, ADA));
    }

    @Test
    void eachWithoutAliasPushesTheItemAndKeepsOuterScopeVisible() {
        Map<String, Object> data = map("owner", "Ada", "items", List.of(map("name", "a"), map("name", "b")));
        assertEquals("a@Ada b@Ada ", render("{{#each items}}{{ name }}@{{ owner }} {{/each}}", data));
    }

    @Test
    void eachOverMapsYieldsEntries() {
        Map<String, Integer> stock = new TreeMap<>(Map.of("saw", 4, "axe", 0));
        assertEquals("axe=0;saw=4;", render("{{#each stock as e}}{{ e.key }}={{ e.value }};{{/each}}", map("stock", stock)));
    }

    @Test
    void eachElseForEmptyAndNull() {
        String template = "{{#each xs}}{{ this }}{{else}}empty{{/each}}";
        assertEquals("empty", render(template, map("xs", List.of())));
        assertEquals("empty", render(template, map("xs", null)));
        assertEquals("empty", render(template, map()));
    }

    @Test
    void nestedLoopsSeeTheirOwnLoopVariable() {
        Map<String, Object> data = map("rows", List.of(List.of(1, 2), List.of(3)));
        assertEquals("0:[0:1 1:2 ]1:[0:3 ]",
                render("{{#each rows as row}}{{ loop.index }}:[{{#each row as c}}{{ loop.index }}:{{ c }} {{/each}}]{{/each}}", data));
    }

    @Test
    void withChangesContextOrBindsAName() {
        assertEquals("London N1", render("{{#with address}}{{ city }} {{ zip }}{{/with}}", ADA));
        assertEquals("London Ada", render("{{#with address as a}}{{ a.city }} {{ name }}{{/with}}", ADA));
        assertEquals("no address", render("{{#with address}}x{{else}}no address{{/with}}", map("address", null)));
    }

    @Test
    void setBindsVariablesScopedToTheirBlock() {
        String template = "{{set total = 0}}{{#each xs as x}}{{set sq = x * x}}{{ sq }} {{/each}}[{{ sq }}]{{ total }}";
        assertEquals("1 4 9 []0", render(template, map("xs", List.of(1, 2, 3))));
    }

    @Test
    void standaloneTagsLeaveNoBlankLines() {
        String template = "<ul>\n  {{#each xs}}\n  <li>{{ this }}</li>\n  {{/each}}\n</ul>\n";
        assertEquals("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n", render(template, map("xs", List.of("a", "b"))));
    }

    @Test
    void commentsAndEscapedBraces() {
        assertEquals("a  b {{ literal }}", render("a {{! hidden }} b \\{{ literal }}", null));
    }

    @Test
    void whitespaceControl() {
        assertEquals("[x]", render("[  {{~ v ~}}  ]", map("v", "x")));
    }

    @Test
    void nullRootContextIsAllowed() {
        assertEquals("x", render("{{#if nothing}}y{{else}}x{{/if}}", null));
    }

    @Test
    void rendersIntoAWriter() {
        StringWriter writer = new StringWriter();
        TemplateEngine.create().compile("Hi {{ name }}").render(map("name", "W"), writer);
        assertEquals("Hi W", writer.toString());
    }

    @Test
    void globalsAreVisibleEverywhereButDataWins() {
        TemplateEngine engine = TemplateEngine.builder().global("site", "Docs").global("name", "global").build();
        assertEquals("Docs local", engine.compile("{{ site }} {{ name }}").render(map("name", "local")));
        assertEquals("Docs global", engine.compile("{{ site }} {{ name }}").render(null));
    }

    @Test
    void escapingCanBeDisabled() {
        TemplateEngine text = TemplateEngine.builder().escapeHtml(false).build();
        assertEquals("a < b", text.compile("{{ v }}").render(map("v", "a < b")));
    }

    @Test
    void valuesPrintNaturally() {
        Map<String, Object> data = map("d", 2.0, "big", new BigDecimal("1E+2"), "list", Arrays.asList(1, null), "n", null);
        assertEquals("2 100 [1, null] []", render("{{ d }} {{ big }} {{ list }} [{{ n }}]", data));
    }

    @Test
    void templatesAreReusableAndThreadSafe() {
        Template template = TemplateEngine.create().compile("{{#each xs}}{{ this * 2 }},{{/each}}");
        List<String> results = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> template.render(map("xs", List.of(i, i + 1))))
                .collect(java.util.stream.Collectors.toList());
        for (int i = 0; i < 200; i++) {
            assertEquals((2 * i) + "," + (2 * i + 2) + ",", results.get(i));
        }
    }
}
