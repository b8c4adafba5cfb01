package io.github.sysimg.launcher;

import io.github.sysimg.core.ImageKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeCommandTest {

    @Test
    void anAotCacheThatMadeTheProgramSlowerPointsToTheCdsKind() {
        String hint = TimeCommand.slowerHint(new double[] {1.04, 1.21}, ImageKind.AOT_CACHE);
        assertTrue(hint != null && hint.contains("--image-kind cds") && hint.contains("slower"), hint);
    }

    @Test
    void aCdsArchiveThatMadeTheProgramSlowerSaysSoWithoutTheAotAdvice() {
        String hint = TimeCommand.slowerHint(new double[] {1.02, 1.10}, ImageKind.CDS_ARCHIVE);
        assertTrue(hint != null && hint.contains("slower") && !hint.contains("--image-kind cds"), hint);
    }

    @Test
    void noHintWhenTheIntervalReachesOneOrBelow() {
        assertNull(TimeCommand.slowerHint(new double[] {0.98, 1.30}, ImageKind.AOT_CACHE));
        assertNull(TimeCommand.slowerHint(new double[] {1.0, 1.05}, ImageKind.AOT_CACHE));
        assertNull(TimeCommand.slowerHint(new double[] {0.55, 0.70}, ImageKind.CDS_ARCHIVE));
    }
}
