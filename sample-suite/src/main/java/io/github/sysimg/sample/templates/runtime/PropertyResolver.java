package io.github.sysimg.sample.templates.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads named properties from maps, lists, arrays, records, JavaBeans and public fields.
 *
 * <p>Reflection results are cached per class in a {@link ClassValue}, so the cost of introspection
 * is paid once per type rather than on every access.
 */
public final class PropertyResolver {

    /** Returned when a property does not exist, as opposed to existing with a {@code null} value. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** Reads one property of an instance. */
    @FunctionalInterface
    private interface Accessor {
        Object read(Object target) throws ReflectiveOperationException;
    }

    private record ClassInfo(Map<String, Accessor> accessors, List<String> propertyNames) {
    }

    private final ClassValue<ClassInfo> classes = new ClassValue<>() {
        @Override
        protected ClassInfo computeValue(Class<?> type) {
            return introspect(type);
        }
    };

    /** Resolves {@code target.name}; returns {@link #MISSING} when there is no such property. */
    public Object resolve(Object target, String name) {
        if (target == null) {
            return MISSING;
        }
        if (target instanceof Map<?, ?> map) {
            if (map.containsKey(name)) {
                return map.get(name);
            }
            return isSizeName(name) ? map.size() : MISSING;
        }
        if (target instanceof Optional<?> optional) {
            return optional.isPresent() ? resolve(optional.get(), name) : MISSING;
        }
        if (target instanceof List<?> || target.getClass().isArray()) {
            Object element = indexByName(target, name);
            if (element != MISSING) {
                return element;
            }
        }
        if (target instanceof Collection<?> collection && isSizeName(name)) {
            return collection.size();
        }
        if (target.getClass().isArray() && isSizeName(name)) {
            return Array.getLength(target);
        }
        if (target instanceof CharSequence text && isSizeName(name)) {
            return text.length();
        }
        Accessor accessor = classes.get(target.getClass()).accessors().get(name);
        if (accessor == null) {
            return MISSING;
        }
        try {
            return accessor.read(target);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading property '" + name + "' of "
                    + target.getClass().getSimpleName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read property '" + name + "' of "
                    + target.getClass().getSimpleName() + ": " + e, e);
        }
    }

    /** Resolves {@code target[key]}: list and array positions (negative counts from the end), map keys. */
    public Object index(Object target, Object key) {
        if (target == null) {
            return MISSING;
        }
        if (key instanceof Number n && (target instanceof List<?> || target.getClass().isArray())) {
            return elementAt(target, n.intValue());
        }
        if (target instanceof Map<?, ?> map) {
            if (map.containsKey(key)) {
                return map.get(key);
            }
            String asString = Values.toDisplayString(key);
            return map.containsKey(asString) ? map.get(asString) : MISSING;
        }
        return resolve(target, Values.toDisplayString(key));
    }

    /** The readable property names of a type in a stable order: record order, else alphabetical. */
    public List<String> propertyNames(Class<?> type) {
        return classes.get(type).propertyNames();
    }

    /** All readable properties of a bean or record, in {@link #propertyNames} order. */
    public Map<String, Object> describe(Object bean) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String name : propertyNames(bean.getClass())) {
            result.put(name, resolve(bean, name));
        }
        return result;
    }

    private static boolean isSizeName(String name) {
        return name.equals("size") || name.equals("length");
    }

    private static Object indexByName(Object target, String name) {
        if (name.isEmpty() || !name.chars().allMatch(Character::isDigit) || name.length() > 9) {
            return MISSING;
        }
        return elementAt(target, Integer.parseInt(name));
    }

    private static Object elementAt(Object target, int index) {
        int size = target instanceof List<?> list ? list.size() : Array.getLength(target);
        int position = index < 0 ? size + index : index;
        if (position < 0 || position >= size) {
            return MISSING;
        }
        return target instanceof List<?> list ? list.get(position) : Array.get(target, position);
    }

    private static ClassInfo introspect(Class<?> type) {
        Map<String, Accessor> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method method = accessible(component.getAccessor(), type);
                if (method != null) {
                    properties.put(component.getName(), method::invoke);
                }
            }
        }
        List<Method> methods = Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class && !m.isBridge())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName))
                .collect(Collectors.toList());
        Map<String, Accessor> fluent = new LinkedHashMap<>();
        for (Method method : methods) {
            Method target = accessible(method, type);
            if (target == null) {
                continue;
            }
            String beanName = beanPropertyName(method);
            if (beanName != null) {
                properties.putIfAbsent(beanName, target::invoke);
            } else {
                fluent.putIfAbsent(method.getName(), target::invoke);
            }
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                properties.putIfAbsent(field.getName(), field::get);
            }
        }
        List<String> names = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList())
                : properties.keySet().stream().sorted().collect(Collectors.toList());
        // Fluent accessors such as size() or name() are readable, but bean properties take precedence
        // and serializers only see the bean properties.
        Map<String, Accessor> all = new LinkedHashMap<>(properties);
        fluent.forEach(all::putIfAbsent);
        return new ClassInfo(Collections.unmodifiableMap(all), List.copyOf(names));
    }

    private static String beanPropertyName(Method method) {
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    private static String decapitalize(String name) {
        // JavaBeans rule: "URL" stays "URL", "Name" becomes "name".
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * Finds an invocable version of {@code method}. Public methods of non-public classes (say a
     * JDK-internal Map.Entry implementation) must be called through a public supertype.
     */
    private static Method accessible(Method method, Class<?> type) {
        if (isPubliclyReachable(method.getDeclaringClass())) {
            return method;
        }
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> candidate = pending.poll();
            if (isPubliclyReachable(candidate)) {
                try {
                    return candidate.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException ignored) {
                    // Not declared here; keep searching the other supertypes.
                }
            }
            if (candidate.getSuperclass() != null) {
                pending.add(candidate.getSuperclass());
            }
            pending.addAll(Arrays.asList(candidate.getInterfaces()));
        }
        return method.trySetAccessible() ? method : null;
    }

    private static boolean isPubliclyReachable(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName())
                && (type.getEnclosingClass() == null || isPubliclyReachable(type.getEnclosingClass()));
    }
}
