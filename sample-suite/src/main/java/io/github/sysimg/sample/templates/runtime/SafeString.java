package io.github.sysimg.sample.templates.runtime;

/**
 * Text that is already safe for HTML output and must not be escaped again, produced by the
 * {@code raw} and {@code html} filters.
 *
 * @param value the markup
 */
public record SafeString(String value) implements CharSequence {

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
