package dev.techshift.server.web;

import java.util.Optional;

/**
 * A small HTML template helper: every value goes through {@link #text} or an attribute, which
 * escape it; only constant markup written in this package goes through {@link #raw}.
 * <pre>
 *   Html h = new Html();
 *   h.open("p", "class", "note").text(label).close("p");   // label is escaped
 * </pre>
 */
public final class Html {

    private final StringBuilder sb = new StringBuilder();

    /** Escapes text for element content and double-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends escaped text. */
    public Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    /** Appends constant markup; never pass a value from the data here. */
    public Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Opens an element with attribute name/value pairs; values are escaped, null values dropped. */
    public Html open(String tag, String... attrs) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                sb.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
            }
        }
        sb.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    public Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link with escaped text; only local paths and http(s) URLs become links, anything else is text. */
    public Html link(String href, String text, String... attrs) {
        if (href == null || !(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"))) {
            return text(text);
        }
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    /** A link when an href is present, else plain text. */
    public Html link(Optional<String> href, String text) {
        return href.isPresent() ? link(href.get(), text) : text(text);
    }

    /** Appends another fragment built with this helper. */
    public Html add(Html other) {
        sb.append(other.sb);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
