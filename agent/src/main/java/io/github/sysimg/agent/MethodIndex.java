package io.github.sysimg.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads an included class's bytecode once, at load time: adds the entry probes, and indexes for each method the
 * JDK classes it uses directly and its lambda call sites, in the JVM class list's {@code @lambda-proxy} form. When
 * the method first runs, these become statements: what running that method needs at start-up.
 */
final class MethodIndex {

    /** What one method uses. */
    static final class Uses {
        final Set<String> jdkClasses = new LinkedHashSet<>();
        final List<String> lambdas = new ArrayList<>();
    }

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String RECORDER = "io/github/sysimg/agent/Recorder";
    private static final Handle PROBE = new Handle(Opcodes.H_INVOKESTATIC, RECORDER, "probe",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
    private static final String[] REFERENCE_KINDS = {
        null, "REF_getField", "REF_getStatic", "REF_putField", "REF_putStatic", "REF_invokeVirtual",
        "REF_invokeStatic", "REF_invokeSpecial", "REF_newInvokeSpecial", "REF_invokeInterface"};

    private MethodIndex() {
    }

    /** A class rewritten with entry probes, and the index of its methods. */
    static final class Probed {
        final byte[] classFile;
        final Map<String, Uses> index;

        Probed(byte[] classFile, Map<String, Uses> index) {
            this.classFile = classFile;
            this.index = index;
        }
    }

    /**
     * Indexes the methods of a class, keyed {@code binary.ClassName.method(descriptor)}, and adds at the start of
     * each method, constructor and static initializer a probe for the method's number {@code id} from
     * {@link Recorder#register}: in class files of Java 7 or later an {@code invokedynamic} whose bootstrap,
     * {@link Recorder#probe}, records the first entry and links the call site to a no-op, which the JIT then
     * compiles to nothing; in older class files, which cannot hold {@code invokedynamic}, a call
     * {@code Recorder.enter(id)}. The probe goes before anything else, even a constructor's {@code super(...)}
     * call, which the verifier allows for a call that does not touch {@code this}; stack map frames stay valid
     * because nothing else moves.
     */
    static Probed probe(byte[] classFile) {
        Map<String, Uses> index = new HashMap<>();
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        String owner = reader.getClassName();
        String binaryOwner = owner.replace('/', '.');
        // The major version is the unsigned short at offset 6 of a class file.
        boolean indy = reader.readUnsignedShort(6) >= Opcodes.V1_7;
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                Uses uses = new Uses();
                String key = binaryOwner + '.' + name + descriptor;
                index.put(key, uses);
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
                return new MethodVisitor(Opcodes.ASM9, next) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        if (hasCode && indy) {
                            super.visitInvokeDynamicInsn(Recorder.PROBE_PREFIX + Recorder.register(key), "()V", PROBE);
                        } else if (hasCode) {
                            super.visitLdcInsn(Recorder.register(key));
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "enter", "(I)V", false);
                        }
                    }

                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        super.visitMaxs(Math.max(maxStack, 1), maxLocals);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        super.visitTypeInsn(opcode, type);
                        addType(uses, type);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String fieldOwner, String fieldName, String fieldDescriptor) {
                        super.visitFieldInsn(opcode, fieldOwner, fieldName, fieldDescriptor);
                        addType(uses, fieldOwner);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String methodOwner, String methodName, String methodDescriptor, boolean isInterface) {
                        super.visitMethodInsn(opcode, methodOwner, methodName, methodDescriptor, isInterface);
                        addType(uses, methodOwner);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        super.visitLdcInsn(value);
                        if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
                            addType(uses, ((Type) value).getInternalName());
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... args) {
                        super.visitInvokeDynamicInsn(indyName, indyDescriptor, bootstrap, args);
                        if (LAMBDA_METAFACTORY.equals(bootstrap.getOwner()) && "metafactory".equals(bootstrap.getName())
                                && args.length == 3 && args[1] instanceof Handle) {
                            Handle impl = (Handle) args[1];
                            uses.lambdas.add(owner + ' ' + indyName + ' ' + indyDescriptor + ' ' + args[0] + ' '
                                    + REFERENCE_KINDS[impl.getTag()] + ' ' + impl.getOwner() + ' ' + impl.getName() + ' '
                                    + impl.getDesc() + ' ' + args[2]);
                        }
                        addType(uses, Type.getReturnType(indyDescriptor).getInternalName());
                    }
                };
            }
        }, 0);
        return new Probed(writer.toByteArray(), index);
    }

    private static void addType(Uses uses, String internalName) {
        String name = internalName;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        if (isJdkClass(name)) {
            uses.jdkClasses.add(name.replace('/', '.'));
        }
    }

    /** Whether an internal or binary class name is the JDK's. */
    static boolean isJdkClass(String name) {
        return name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/") || name.startsWith("sun/")
                || name.startsWith("com/sun/")
                || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.");
    }
}
