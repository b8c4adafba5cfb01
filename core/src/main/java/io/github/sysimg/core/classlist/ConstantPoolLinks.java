package io.github.sysimg.core.classlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * The {@code @cp} class list lines of an AOT cache (JDK 24+): which constant pool entries of an included class
 * the cache holds resolved. An AOT-linked cache archives a lambda's proxy class only when the invokedynamic entry
 * that creates it is listed here, so each recorded lambda call site is mapped to its entry's index.
 */
final class ConstantPoolLinks {
    private static final int CONSTANT_INVOKE_DYNAMIC = 18;

    private ConstantPoolLinks() {
    }

    /**
     * The {@code @cp} line for a class, or null when none of its entries is wanted.
     *
     * @param internalName the class's internal name
     * @param classFile    its bytes
     * @param lambdaSites  the recorded lambda call sites of the class, each as {@code name descriptor}
     */
    static String line(String internalName, byte[] classFile, Set<String> lambdaSites) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        List<Integer> indices = new ArrayList<>();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                // the unused slot after a long or double
                continue;
            }
            int tag = classFile[offset - 1];
            if (tag == CONSTANT_INVOKE_DYNAMIC) {
                int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                String name = reader.readUTF8(nameAndType, buffer);
                String descriptor = reader.readUTF8(nameAndType + 2, buffer);
                if (lambdaSites.contains(name + ' ' + descriptor)) {
                    indices.add(i);
                }
            }
        }
        if (indices.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder("@cp ").append(internalName);
        for (int index : indices) {
            line.append(' ').append(index);
        }
        return line.toString();
    }

}
