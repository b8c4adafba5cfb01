package io.github.sysimg.core;

import java.nio.file.Path;

/** Another run builds the same image right now; this one must leave the image, its argfile and its metadata alone. */
public final class ImageLockedException extends SysimgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param image the image both runs want to write
     * @param pid   the process that holds it, or -1 if unknown
     */
    public ImageLockedException(Path image, long pid) {
        super(Setting.IMAGE, s -> "Another sysimg-tests run" + (pid > 0 ? " (process " + pid + ")" : "") + " is building image \""
                + image + "\", and this run leaves it alone; wait for that run to end, or give this run another path with "
                + s.of(Setting.IMAGE) + ".");
    }

    /** @param message the whole sentence, for a lock on something other than an {@code --image} */
    public ImageLockedException(String message) {
        super(message);
    }
}
