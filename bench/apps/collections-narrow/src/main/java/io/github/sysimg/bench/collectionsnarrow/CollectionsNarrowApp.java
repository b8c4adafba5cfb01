package io.github.sysimg.bench.collectionsnarrow;

import org.apache.commons.collections4.Bag;
import org.apache.commons.collections4.MultiValuedMap;
import org.apache.commons.collections4.bag.HashBag;
import org.apache.commons.collections4.multimap.ArrayListValuedHashMap;

/** Counts words and groups them by their first letter: a Bag and a MultiValuedMap. */
public final class CollectionsNarrowApp {

    private CollectionsNarrowApp() {
    }

    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox barks";
        Bag<String> counts = new HashBag<>();
        MultiValuedMap<Character, String> byLetter = new ArrayListValuedHashMap<>();
        for (String word : text.split(" ")) {
            counts.add(word);
            byLetter.put(word.charAt(0), word);
        }
        System.out.println("the: " + counts.getCount("the") + ", fox: " + counts.getCount("fox") + ", distinct: " + counts.uniqueSet().size());
        System.out.println("words with t: " + byLetter.get('t') + ", with b: " + byLetter.get('b'));
    }
}
