package io.github.sysimg.core.classlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The JDK classes that the dependencies' trained classes name. */
class DependencyReferencesTest {

    /** A class that names {@code named} (a type check each) in one method. */
    private static byte[] classNaming(String internalName, String... named) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "check", "(Ljava/lang/Object;)V", null, null);
        method.visitCode();
        for (String name : named) {
            method.visitVarInsn(Opcodes.ALOAD, 0);
            method.visitTypeInsn(Opcodes.INSTANCEOF, name);
            method.visitInsn(Opcodes.POP);
        }
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void theJdkClassesThatTrainedDependencyClassesNameNotTheIncludedPackagesNorTheUntrained() {
        Map<String, byte[]> classFiles = Map.of(
                "org.framework.Context", classNaming("org/framework/Context", "java/util/concurrent/Exchanger",
                        "[[Ljava/time/Duration;", "[I", "org/framework/Bean"),
                "org.framework.Bean", classNaming("org/framework/Bean"),
                "org.framework.Unused", classNaming("org/framework/Unused", "java/util/zip/Deflater"),
                "com.example.Foo", classNaming("com/example/Foo", "java/util/BitSet"));
        List<String> training = List.of("java/lang/Object", "com/example/Foo", "org/framework/Context", "org/framework/Bean",
                "@lambda-proxy org/framework/Context run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/framework/Context l ()V ()V");

        Set<String> named = DependencyReferences.jdkClasses(training, classFiles.keySet(), List.of("com.example"), classFiles::get,
                name -> null);

        // the included packages' JDK classes are the statements' (the agent watched them); Unused did not load
        assertEquals(Set.of("java/lang/Object", "java/util/concurrent/Exchanger", "java/time/Duration"), named);
    }

    @Test
    void noneWhenTheStatementsNameNoIncludedPackages() {
        Map<String, byte[]> classFiles = Map.of("org.framework.Context", classNaming("org/framework/Context", "java/util/BitSet"));

        assertEquals(Set.of(), DependencyReferences.jdkClasses(List.of("org/framework/Context"), classFiles.keySet(), List.of(),
                classFiles::get, name -> null));
    }

    @Test
    void theJdkClassesTheTrainingLoadedThatNamedJdkClassesNameInTurn() {
        Map<String, byte[]> classFiles = Map.of("org.framework.Context", classNaming("org/framework/Context", "java/util/Public"));
        Map<String, byte[]> jdk = Map.of(
                "java/util/Public", classNaming("java/util/Public", "java/util/Public$Stage", "javax/swing/Untrained"),
                "java/util/Public$Stage", classNaming("java/util/Public$Stage", "sun/util/Internal"),
                "sun/util/Internal", classNaming("sun/util/Internal"),
                "javax/swing/JTable", classNaming("javax/swing/JTable", "sun/util/TableHelper"));
        List<String> training = List.of("org/framework/Context", "java/util/Public", "java/util/Public$Stage", "sun/util/Internal",
                "javax/swing/JTable", "sun/util/TableHelper");

        Set<String> named = DependencyReferences.jdkClasses(training, classFiles.keySet(), List.of("com.example"), classFiles::get,
                jdk::get);

        // JTable, and what it names, only a test loaded; Untrained the training never loaded
        assertEquals(Set.of("java/lang/Object", "java/util/Public", "java/util/Public$Stage", "sun/util/Internal"), named);
    }
}
