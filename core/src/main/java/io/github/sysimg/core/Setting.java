package io.github.sysimg.core;

/**
 * A setting a user gives the tool, whichever front end takes it: a message about a wrong one names it, and each
 * front end spells it its own way ({@code --java-home} on the command line, {@code <javaHome>} in a POM).
 */
public enum Setting {
    /** The JDK the image is for. */
    JAVA_HOME("java-home"),
    /** Where the image goes. */
    IMAGE("image"),
    /** A CDS archive or an AOT cache. */
    IMAGE_KIND("image-kind"),
    /** A CDS top layer over the JDK's default archive instead of a full image. */
    INCREMENTAL("incremental"),
    /** The class path the image is made for. */
    IMAGE_CLASS_PATH("image-class-path"),
    /** The test run's class path. */
    CLASS_PATH("class-path"),
    /** The statements file. */
    STATEMENTS("statements"),
    /** The packages whose classes are recorded and go into the image. */
    INCLUDE_PACKAGE("include-package"),
    /** The training's limit on the classes one test class alone loads. */
    EXCLUSIVE_CLASS_LIMIT("exclusive-class-limit"),
    /** How many tests that passed the training runs all of. */
    TRAINING_TEST_LIMIT("training-test-limit"),
    /** How long a run may take. */
    TIMEOUT("timeout");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The setting's name in the tool's own words, which the command line takes as its option name. */
    public String key() {
        return key;
    }

    /** How a front end writes a setting into a sentence. */
    @FunctionalInterface
    public interface Spelling {
        /** The tool's own names, {@code --image-kind cds}: the command line's options. */
        Spelling KEYS = (setting, value) -> "--" + setting.key() + (value == null ? "" : " " + value);

        /**
         * The setting as a user writes it.
         *
         * @param value the value to show with it, or null for the setting alone
         */
        String of(Setting setting, String value);

        /** The setting alone. */
        default String of(Setting setting) {
            return of(setting, null);
        }

        /** How to give the setting one of two values: {@code use --image-kind cds or --image-kind aot}. */
        default String either(Setting setting, String one, String other) {
            return "use " + of(setting, one) + " or " + of(setting, other);
        }
    }
}
