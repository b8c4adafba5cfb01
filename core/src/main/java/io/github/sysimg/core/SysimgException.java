package io.github.sysimg.core;

import java.util.Optional;
import java.util.function.Function;

/**
 * A failure the user can act on: bad input, a JDK that cannot do what was asked, a JVM that refused an image.
 * Its message is one sentence that names the offending value and says what to do; callers print it as it is,
 * without a stack trace. When a setting was wrong, the sentence names it as the front end spells it
 * ({@link #message(Setting.Spelling)}); {@link #getMessage()} spells settings by their keys.
 */
public class SysimgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Setting setting;
    private final transient Function<Setting.Spelling, String> sentence;

    public SysimgException(String message) {
        super(message);
        this.setting = null;
        this.sentence = null;
    }

    public SysimgException(String message, Throwable cause) {
        super(message, cause);
        this.setting = null;
        this.sentence = null;
    }

    /**
     * @param setting  the setting that was wrong
     * @param sentence the message, with the settings it names spelled by the given spelling
     */
    public SysimgException(Setting setting, Function<Setting.Spelling, String> sentence) {
        super(sentence.apply(Setting.Spelling.KEYS));
        this.setting = setting;
        this.sentence = sentence;
    }

    public SysimgException(Setting setting, Function<Setting.Spelling, String> sentence, Throwable cause) {
        super(sentence.apply(Setting.Spelling.KEYS), cause);
        this.setting = setting;
        this.sentence = sentence;
    }

    /** The setting that was wrong, if one was. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }

    /** The message with the settings it names spelled as a front end spells them. */
    public String message(Setting.Spelling spelling) {
        return sentence == null ? getMessage() : sentence.apply(spelling);
    }
}
