package io.github.sysimg.sample.templates.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScopeTest {

    private final PropertyResolver resolver = new PropertyResolver();

    @Test
    void innerFramesShadowOuterOnes() {
        Scope root = Scope.root(Map.of("site", "global"), Map.of("name", "outer", "site", "data"));
        Scope inner = root.push(Map.of("name", "inner"));
        assertEquals("inner", inner.lookup("name", resolver));
        assertEquals("data", inner.lookup("site", resolver));
        assertEquals("outer", root.lookup("name", resolver));
    }

    @Test
    void globalsAreTheLastResort() {
        Scope root = Scope.root(Map.of("site", "global"), Map.of());
        assertEquals("global", root.lookup("site", resolver));
        assertSame(PropertyResolver.MISSING, root.lookup("nothing", resolver));
    }

    @Test
    void localsDoNotChangeWhatThisRefersTo() {
        Scope root = Scope.root(Map.of(), "the context");
        Scope withLocal = root.pushLocal("item", 42);
        assertEquals(42, withLocal.lookup("item", resolver));
        assertEquals("the context", withLocal.self());
    }

    @Test
    void setBindsInTheCurrentFrameOnly() {
        Scope root = Scope.root(Map.of(), Map.of());
        Scope child = root.push(Map.of());
        child.set("x", 1);
        assertEquals(1, child.lookup("x", resolver));
        assertSame(PropertyResolver.MISSING, root.lookup("x", resolver));
    }
}
