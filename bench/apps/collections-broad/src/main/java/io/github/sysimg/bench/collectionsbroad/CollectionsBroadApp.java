package io.github.sysimg.bench.collectionsbroad;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;

import org.apache.commons.collections4.BidiMap;
import org.apache.commons.collections4.CollectionUtils;
import org.apache.commons.collections4.IteratorUtils;
import org.apache.commons.collections4.ListUtils;
import org.apache.commons.collections4.MapUtils;
import org.apache.commons.collections4.MultiSet;
import org.apache.commons.collections4.MultiValuedMap;
import org.apache.commons.collections4.PredicateUtils;
import org.apache.commons.collections4.Trie;
import org.apache.commons.collections4.TransformerUtils;
import org.apache.commons.collections4.bag.TreeBag;
import org.apache.commons.collections4.bidimap.DualHashBidiMap;
import org.apache.commons.collections4.map.CaseInsensitiveMap;
import org.apache.commons.collections4.map.LRUMap;
import org.apache.commons.collections4.map.ListOrderedMap;
import org.apache.commons.collections4.multimap.ArrayListValuedHashMap;
import org.apache.commons.collections4.multimap.HashSetValuedHashMap;
import org.apache.commons.collections4.multiset.HashMultiSet;
import org.apache.commons.collections4.queue.CircularFifoQueue;
import org.apache.commons.collections4.trie.PatriciaTrie;

/**
 * An event-log analysis: groups a large generated log by city and user, counts cities in a bag sorted by a
 * Swedish collator, caches lookups in an LRU map, completes prefixes with a trie, keeps the last events in a
 * ring buffer, and reports months by name in several locales.
 */
public final class CollectionsBroadApp {

    record Event(String user, String city, long epochSecond, int amount) {
    }

    private static final String[] CITIES = {"Åre", "Zürich", "Örebro", "Aachen", "Malmö", "Ängelholm", "Berlin", "Oslo", "Ystad", "Luleå"};

    private CollectionsBroadApp() {
    }

    public static void main(String[] args) {
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 50_000; i++) {
            events.add(new Event("user" + random.nextInt(5000), CITIES[random.nextInt(CITIES.length)],
                    start + random.nextInt(366 * 86_400), random.nextInt(1000)));
        }

        MultiValuedMap<String, Event> byCity = new ArrayListValuedHashMap<>();
        MultiValuedMap<String, String> citiesOfUser = new HashSetValuedHashMap<>();
        TreeBag<String> cityBag = new TreeBag<>(Collator.getInstance(Locale.forLanguageTag("sv-SE")));
        MultiSet<Integer> months = new HashMultiSet<>();
        CircularFifoQueue<Event> last = new CircularFifoQueue<>(5);
        for (Event e : events) {
            byCity.put(e.city(), e);
            citiesOfUser.put(e.user(), e.city());
            cityBag.add(e.city());
            months.add(ZonedDateTime.ofInstant(Instant.ofEpochSecond(e.epochSecond()), ZoneOffset.UTC).getMonthValue());
            last.add(e);
        }
        System.out.println("cities in Swedish order: " + cityBag.uniqueSet());
        System.out.println("first: " + cityBag.first() + " x" + cityBag.getCount(cityBag.first()) + ", events in Berlin: " + byCity.get("Berlin").size());
        int everywhere = 0;
        for (String user : citiesOfUser.keySet()) {
            if (citiesOfUser.get(user).size() == CITIES.length) {
                everywhere++;
            }
        }
        System.out.println("users seen in every city: " + everywhere + " of " + citiesOfUser.keySet().size());

        LRUMap<String, Integer> cache = new LRUMap<>(500);
        int hits = 0;
        for (Event e : events) {
            Integer total = cache.get(e.user());
            if (total != null) {
                hits++;
            }
            cache.put(e.user(), (total == null ? 0 : total) + e.amount());
        }
        System.out.println("LRU cache hits: " + hits + ", size " + cache.size() + ", full " + cache.isFull());

        Trie<String, Integer> trie = new PatriciaTrie<>();
        for (Event e : events) {
            trie.merge(e.user(), 1, Integer::sum);
        }
        SortedMap<String, Integer> prefixed = trie.prefixMap("user42");
        System.out.println("users starting with user42: " + prefixed.size() + ", first " + prefixed.firstKey());

        BidiMap<String, Integer> codes = new DualHashBidiMap<>();
        for (int i = 0; i < CITIES.length; i++) {
            codes.put(CITIES[i], i);
        }
        System.out.println("city 4: " + codes.getKey(4) + ", inverse size " + codes.inverseBidiMap().size());

        List<String> big = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (String city : CITIES) {
            (byCity.get(city).size() > 5_000 ? big : small).add(city);
        }
        Collection<String> north = List.of("Luleå", "Åre", "Oslo", "Örebro");
        System.out.println("big and north: " + CollectionUtils.intersection(big, north).size() + ", union " + CollectionUtils.union(big, north).size()
                + ", disjunction " + CollectionUtils.disjunction(small, north).size());
        List<List<Event>> pages = ListUtils.partition(events, 1000);
        System.out.println("pages: " + pages.size() + ", last page " + pages.get(pages.size() - 1).size());
        Iterator<Object> upper = IteratorUtils.transformedIterator(
                IteratorUtils.filteredIterator(List.of("oslo", "", "ystad").iterator(), PredicateUtils.notPredicate(String::isEmpty)),
                TransformerUtils.invokerTransformer("toUpperCase"));
        System.out.println("upper: " + IteratorUtils.toList(upper));

        Map<String, Integer> header = new CaseInsensitiveMap<>();
        header.put("Content-Type", 1);
        System.out.println("case-insensitive: " + header.get("content-type"));
        ListOrderedMap<String, Integer> ordered = new ListOrderedMap<>();
        for (Event e : last) {
            ordered.put(e.user(), e.amount());
        }
        System.out.println("last events: " + ordered);
        System.out.println("inverted: " + MapUtils.invertMap(MapUtils.putAll(new java.util.TreeMap<>(), new Object[][] {{"a", 1}, {"b", 2}})));

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("sv"), Locale.JAPANESE, Locale.forLanguageTag("ru")}) {
            StringBuilder line = new StringBuilder(locale.toLanguageTag()).append(':');
            for (int m = 1; m <= 12; m += 4) {
                line.append(' ').append(java.time.Month.of(m).getDisplayName(TextStyle.FULL, locale)).append('=').append(months.getCount(m));
            }
            line.append(" / ").append(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale)
                    .format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(start), ZoneOffset.UTC)));
            System.out.println(line);
        }
    }
}
