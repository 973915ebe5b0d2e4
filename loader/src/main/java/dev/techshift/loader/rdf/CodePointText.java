package dev.techshift.loader.rdf;

/**
 * Slices a text by code-point offsets in constant time (an index is kept only when the text has characters
 * outside the BMP).
 * <pre>
 *   CodePointText t = new CodePointText("𠀀上海");
 *   t.slice(1, 3);   // 上海
 * </pre>
 */
public final class CodePointText {

    private final String text;
    private final int[] index;
    private final int length;

    public CodePointText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            index = null;
        } else {
            index = new int[length + 1];
            int i = 0;
            for (int cp = 0; cp < length; cp++) {
                index[cp] = i;
                i += Character.charCount(text.codePointAt(i));
            }
            index[length] = text.length();
        }
    }

    public int length() {
        return length;
    }

    public String slice(int begin, int end) {
        return index == null ? text.substring(begin, end) : text.substring(index[begin], index[end]);
    }
}
