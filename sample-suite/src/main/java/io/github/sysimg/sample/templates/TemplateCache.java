package io.github.sysimg.sample.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded, least-recently-used cache of compiled templates keyed by name.
 */
public final class TemplateCache {

    /**
     * A snapshot of the cache counters.
     *
     * @param hits      look-ups answered from the cache
     * @param misses    look-ups that had to compile
     * @param evictions entries dropped to respect the size bound
     * @param size      entries currently held
     */
    public record Stats(long hits, long misses, long evictions, int size) {
    }

    private final int maxSize;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final Map<String, Template> entries;

    public TemplateCache(int maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must be >= 0: " + maxSize);
        }
        this.maxSize = maxSize;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
                boolean evict = size() > TemplateCache.this.maxSize;
                if (evict) {
                    evictions.increment();
                }
                return evict;
            }
        };
    }

    /** Returns the cached template or compiles, stores and returns it. */
    public Template get(String name, Function<String, Template> compiler) {
        synchronized (entries) {
            Template cached = entries.get(name);
            if (cached != null) {
                hits.increment();
                return cached;
            }
        }
        misses.increment();
        // Compile outside the lock: compiling may be slow and may read other templates.
        Template compiled = compiler.apply(name);
        if (maxSize == 0) {
            return compiled;
        }
        synchronized (entries) {
            Template raced = entries.putIfAbsent(name, compiled);
            return raced != null ? raced : compiled;
        }
    }

    /** Drops one entry, e.g. after its source changed. */
    public void invalidate(String name) {
        synchronized (entries) {
            entries.remove(name);
        }
    }

    /** Drops every entry; counters are kept. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public Stats stats() {
        synchronized (entries) {
            return new Stats(hits.sum(), misses.sum(), evictions.sum(), entries.size());
        }
    }
}
