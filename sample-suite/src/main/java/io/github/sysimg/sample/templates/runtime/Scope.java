package io.github.sysimg.sample.templates.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A chain of variable frames. A frame may expose a context object (whose properties are visible
 * as bare names) and/or local variables; look-ups walk outwards, as in Mustache.
 */
public final class Scope {

    private final Scope parent;
    private final Object context;
    private final boolean hasContext;
    private Map<String, Object> locals;

    private Scope(Scope parent, Object context, boolean hasContext, Map<String, Object> locals) {
        this.parent = parent;
        this.context = context;
        this.hasContext = hasContext;
        this.locals = locals;
    }

    /** The outermost scope: engine globals (may be empty) below the data passed to render. */
    public static Scope root(Map<String, Object> globals, Object data) {
        Scope base = new Scope(null, null, false, globals.isEmpty() ? null : globals);
        return base.push(data);
    }

    /** A child frame whose context is {@code value}. */
    public Scope push(Object value) {
        return new Scope(this, value, true, null);
    }

    /** A child frame holding one local variable and no context. */
    public Scope pushLocal(String name, Object value) {
        Map<String, Object> map = new HashMap<>(4);
        map.put(name, value);
        return new Scope(this, null, false, map);
    }

    /** Binds a local in this frame; {@code set} tags use it, so bindings die with the block. */
    public void set(String name, Object value) {
        if (locals == null) {
            locals = new HashMap<>();
        }
        locals.put(name, value);
    }

    /** The innermost context object, i.e. what {@code this} refers to. */
    public Object self() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.hasContext) {
                return s.context;
            }
        }
        return null;
    }

    /** Resolves a bare name, or returns {@link PropertyResolver#MISSING}. */
    public Object lookup(String name, PropertyResolver resolver) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.locals != null && s.locals.containsKey(name)) {
                return s.locals.get(name);
            }
            if (s.hasContext && s.context != null) {
                Object value = resolver.resolve(s.context, name);
                if (value != PropertyResolver.MISSING) {
                    return value;
                }
            }
        }
        return PropertyResolver.MISSING;
    }
}
