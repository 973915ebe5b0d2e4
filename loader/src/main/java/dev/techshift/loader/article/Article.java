package dev.techshift.loader.article;

import java.util.List;

/**
 * One article as read from {@code data/articles/}: its metadata, its NFC-normalised text
 * and the sentences cut from it. Offsets everywhere are Unicode code points into {@link #text()}.
 * <pre>
 *   Article a = new ArticleReader().read(Path.of("data/articles/003_88a10c980630acae.txt"));
 *   a.sentences().forEach(s -&gt; System.out.println(s.index() + " " + s.text()));
 * </pre>
 *
 * @param stem      the file name without {@code .txt}; it names the article's IRI and graph
 * @param fileName  the file name as found
 * @param meta      the sidecar's metadata (or what was inferred when there is no sidecar)
 * @param text      the whole text, decoded and NFC-normalised
 * @param textHash  {@code sha256:} and the hex SHA-256 of {@code text} in UTF-8
 * @param sentences the sentences in text order, boilerplate included (flagged)
 * @param warnings  what the reader noticed but did not stop on, as sentences a person reads
 */
public record Article(String stem, String fileName, ArticleMeta meta, String text, String textHash,
                      List<Sentence> sentences, List<String> warnings) {

    /** The code-point length of {@link #text()}. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code-point offsets. */
    public String slice(int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        return text.substring(b, e);
    }
}
