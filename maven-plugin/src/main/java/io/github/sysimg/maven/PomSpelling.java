package io.github.sysimg.maven;

import io.github.sysimg.core.Setting;

/** How the plugin names the tool's settings in a message: as the POM's parameters, with their user properties. */
final class PomSpelling implements Setting.Spelling {
    static final PomSpelling INSTANCE = new PomSpelling();

    private PomSpelling() {
    }

    @Override
    public String of(Setting setting, String value) {
        switch (setting) {
            case IMAGE_CLASS_PATH:
                return "the module's jar and runtime dependencies";
            case CLASS_PATH:
                return "the module's test class path";
            case TIMEOUT:
                return "the training's time limit";
            case INCREMENTAL:
                // a switch: naming it means turning it on
                return parameter(setting, value == null ? "true" : value);
            default:
                return parameter(setting, value);
        }
    }

    @Override
    public String either(Setting setting, String one, String other) {
        return "set " + of(setting) + " to " + one + " or " + other;
    }

    private static String parameter(Setting setting, String value) {
        String name = name(setting);
        return (value == null ? "<" + name + ">" : "<" + name + ">" + value + "</" + name + ">") + " (sysimg." + name + ")";
    }

    /** The parameter's name, which is also its user property's after {@code sysimg.}. */
    static String name(Setting setting) {
        switch (setting) {
            case JAVA_HOME:
                return "javaHome";
            case IMAGE:
                return "image";
            case IMAGE_KIND:
                return "imageKind";
            case INCREMENTAL:
                return "incremental";
            case STATEMENTS:
                return "statementsFile";
            case INCLUDE_PACKAGE:
                return "includes";
            case EXCLUSIVE_CLASS_LIMIT:
                return "exclusiveClassLimit";
            case TRAINING_TEST_LIMIT:
                return "trainingTestLimit";
            default:
                throw new IllegalArgumentException("The plugin has no parameter for " + setting);
        }
    }
}
