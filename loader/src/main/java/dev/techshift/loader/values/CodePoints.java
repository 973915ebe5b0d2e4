package dev.techshift.loader.values;

/**
 * Converts Java (UTF-16) indices of a string into code-point offsets.
 * <pre>
 *   int cp = CodePoints.of("𠀀a", 2);   // 1
 *   int cp0 = CodePoints.of("abc", 0);
 * </pre>
 */
final class CodePoints {

    private CodePoints() {}

    static int of(String s, int utf16Index) {
        return s.codePointCount(0, utf16Index);
    }
}
