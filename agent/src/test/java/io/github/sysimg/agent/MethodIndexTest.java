package io.github.sysimg.agent;

import io.github.sysimg.protocol.AgentOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The entry probes: a probed method that runs becomes one method statement however often it runs, a method that
 * never runs none, whether the class file can hold {@code invokedynamic} (Java 7+) or not (Java 5).
 */
class MethodIndexTest {

    @TempDir
    Path sessions;

    @ParameterizedTest(name = "class file version {0}")
    @ValueSource(ints = {Opcodes.V1_5, Opcodes.V17})
    void aMethodThatRanIsRecordedOnceAndOneThatDidNotIsNot(int version) throws Exception {
        String fixtureName = ProbeFixture.class.getName() + "V" + version;
        byte[] original = asVersion(fixtureBytes(), version, fixtureName.replace('.', '/'));
        MethodIndex.Probed probed = MethodIndex.probe(original);
        assertEquals(version >= Opcodes.V1_7, hasInvokeDynamic(probed.classFile), "probe kind for version " + version);

        RecordingSession session = new RecordingSession(
                AgentOptions.parse("output=" + sessions + ",include=io.github.sysimg.agent"), Journal.session(sessions));
        Recorder.start(session);
        try {
            session.classLoaded(fixtureName, "file:/library.jar", probed.index);
            Class<?> fixture = new FixtureLoader(fixtureName, probed.classFile).loadClass(fixtureName);
            Method twice = fixture.getMethod("twice", int.class);
            Method counted = fixture.getMethod("counted");
            Object instance = fixture.getConstructor().newInstance();
            for (int i = 0; i < 3; i++) {
                assertEquals(42, twice.invoke(null, 21));
                assertEquals(i + 1, counted.invoke(instance));
            }
        } finally {
            Recorder.start(null);
        }

        List<String> methods = statements().stream().filter(s -> s.startsWith("method ")).map(s -> s.split("\t")[0])
                .collect(Collectors.toList());
        assertEquals(List.of("method " + fixtureName + "#<init>()V", "method " + fixtureName + "#twice(I)I",
                "method " + fixtureName + "#counted()I"), methods);
    }

    private List<String> statements() throws IOException {
        try (var files = Files.list(sessions)) {
            Path file = files.filter(p -> p.toString().endsWith(".statements")).findFirst().orElseThrow();
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
    }

    private static byte[] fixtureBytes() throws IOException {
        try (InputStream in = ProbeFixture.class.getResourceAsStream("ProbeFixture.class")) {
            assertTrue(in != null, "ProbeFixture.class on the test class path");
            return in.readAllBytes();
        }
    }

    /**
     * The fixture as a class file of another version, under a name of its own: the recorder counts each method
     * once per JVM, by name. Stack map frames go where the version has none.
     */
    private static byte[] asVersion(byte[] classFile, int version, String internalName) {
        String original = ProbeFixture.class.getName().replace('.', '/');
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int v, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(version, access, internalName, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                        super.visitFieldInsn(opcode, owner.equals(original) ? internalName : owner, field, fieldDescriptor);
                    }
                };
            }
        }, version < Opcodes.V1_6 ? ClassReader.SKIP_FRAMES : 0);
        return writer.toByteArray();
    }

    private static boolean hasInvokeDynamic(byte[] classFile) {
        boolean[] found = {false};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, org.objectweb.asm.Handle bsm, Object... args) {
                        found[0] = true;
                    }
                };
            }
        }, 0);
        return found[0];
    }

    /** Defines the probed fixture itself; everything else, the Recorder among it, comes from the test's loader. */
    private static final class FixtureLoader extends ClassLoader {
        private final String fixtureName;
        private final byte[] classFile;

        FixtureLoader(String fixtureName, byte[] classFile) {
            super(MethodIndexTest.class.getClassLoader());
            this.fixtureName = fixtureName;
            this.classFile = classFile;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(fixtureName)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineClass(name, classFile, 0, classFile.length);
            }
        }
    }
}
