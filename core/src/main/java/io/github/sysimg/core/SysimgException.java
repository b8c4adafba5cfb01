package io.github.sysimg.core;

/**
 * A failure the user can act on: bad input, a JDK that cannot do what was asked, a JVM that refused an image.
 * Its message is one sentence that names the offending value and says what to do; callers print it as it is,
 * without a stack trace.
 */
public class SysimgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SysimgException(String message) {
        super(message);
    }

    public SysimgException(String message, Throwable cause) {
        super(message, cause);
    }
}
