package io.github.sysimg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PomSpellingTest {
    static final Jdk JDK17 = new Jdk(Path.of("/j"), 17, "Vendor", "17.0.1+1");

    @Test
    void anUnknownImageKindNamesTheParameterInThePluginAndTheOptionOnTheCommandLine() {
        SysimgException e = assertThrows(SysimgException.class, () -> ImageKind.chosen("cdx", false, JDK17));
        assertEquals("Unknown image kind \"cdx\"; set <imageKind> (sysimg.imageKind) to cds or aot.", e.message(PomSpelling.INSTANCE));
        assertEquals("Unknown image kind \"cdx\"; use --image-kind cds or --image-kind aot.", e.getMessage());
    }

    @Test
    void settingsThatDoNotGoTogetherAreBothNamed() {
        SysimgException e = assertThrows(SysimgException.class, () -> ImageKind.chosen("aot", true, JDK17));
        assertEquals("<imageKind>aot</imageKind> (sysimg.imageKind) and <incremental>true</incremental> (sysimg.incremental) do not go "
                + "together: an AOT cache replaces the JDK's default archive and takes no top layer; leave out one of them.",
                e.message(PomSpelling.INSTANCE));
        assertEquals("--image-kind aot and --incremental do not go together: an AOT cache replaces the JDK's default archive and "
                + "takes no top layer; leave out one of them.", e.getMessage());
    }
}
