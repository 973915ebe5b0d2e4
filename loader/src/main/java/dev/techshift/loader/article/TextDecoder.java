package dev.techshift.loader.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an article's bytes into its normalised text: strict decoding (no replacement characters),
 * byte order mark dropped, line endings made {@code \n}, Unicode NFC.
 * <pre>
 *   String text = TextDecoder.decode(path, Files.readAllBytes(path), "UTF-8");
 * </pre>
 */
final class TextDecoder {

    /** The encodings a sidecar may declare, by their canonical names. */
    static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "Big5");

    private static final int SNIFF = 8192;

    private TextDecoder() {}

    /** The canonical name of a declared encoding, or empty when it is not one the reader accepts. */
    static Optional<String> canonicalEncoding(String declared) {
        String d = declared.trim().toUpperCase(Locale.ROOT).replace("_", "-");
        switch (d) {
            case "UTF-8": case "UTF8": return Optional.of("UTF-8");
            case "GB18030": case "GB-18030": return Optional.of("GB18030");
            case "BIG5": case "BIG-5": return Optional.of("Big5");
            default: return Optional.empty();
        }
    }

    /**
     * Decodes and normalises.
     *
     * @param file     named in errors
     * @param bytes    the file's bytes
     * @param encoding one of {@link #ENCODINGS}
     */
    static String decode(Path file, byte[] bytes, String encoding) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(file, "the file is empty; an article needs text.");
        }
        checkNotBinary(file, bytes);
        String raw = strictDecode(file, bytes, Charset.forName(encoding));
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        String text = Normalizer.normalize(normaliseLineEnds(raw), Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new ArticleException(file, "the file holds only whitespace; an article needs text.");
        }
        return text;
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}. */
    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void checkNotBinary(Path file, byte[] bytes) throws ArticleException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleException(file, "the file is UTF-16 (it starts with a UTF-16 byte order mark); "
                    + "save it as UTF-8, or as GB18030 or Big5 declared in the sidecar.");
        }
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleException(file, "it looks like a binary file, not text (a NUL byte at byte offset "
                        + i + ").");
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        if (control * 10 > n) {
            throw new ArticleException(file, "it looks like a binary file, not text (" + control
                    + " control characters in its first " + n + " bytes).");
        }
    }

    private static String strictDecode(Path file, byte[] bytes, Charset charset) throws ArticleException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            throw new ArticleException(file, "the bytes at byte offset " + offset + " (line " + lineAt(bytes, offset)
                    + ") are not valid " + charset.name() + " (" + describe(bytes, offset, r.length())
                    + "); declare the right encoding in the sidecar or fix the file.");
        }
        if (r.isOverflow()) {
            throw new ArticleException(file, "the text could not be decoded as " + charset.name()
                    + ": the decoder produced more characters than expected.");
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String describe(byte[] bytes, int offset, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
