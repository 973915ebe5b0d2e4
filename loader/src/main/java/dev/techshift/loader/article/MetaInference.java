package dev.techshift.loader.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers an article's metadata from its text when it has no sidecar: a title-like first line,
 * a date line near the top (the publication date, status inferred), a publisher named on a short
 * line just above that date line, and the languages of its sentences.
 * <pre>
 *   ArticleMeta meta = MetaInference.infer(text, sentences);
 *   meta.published().status();   // INFERRED when a date line is at the top
 * </pre>
 */
final class MetaInference {

    /** The basis recorded for a publication date taken from the top of the text. */
    static final String DATE_LINE_BASIS = "date line at the top of the text";

    private static final int TOP_LINES = 3;
    private static final int MAX_TITLE = 150;
    private static final int MAX_PUBLISHER = 40;
    private static final String FINAL_PUNCTUATION = ".。;；:：,，、";

    private static final Pattern ISO_DATE_LINE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern CHINESE_DATE_LINE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號](?:\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

    private MetaInference() {}

    static ArticleMeta infer(String text, List<Sentence> sentences) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            String t = l.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
            if (lines.size() == TOP_LINES) {
                break;
            }
        }
        int dateIndex = -1;
        Optional<String> date = Optional.empty();
        for (int i = 0; i < lines.size() && date.isEmpty(); i++) {
            date = dateLine(lines.get(i));
            dateIndex = date.isPresent() ? i : -1;
        }
        Optional<String> publisher = Optional.empty();
        if (dateIndex == 1 && length(lines.get(0)) <= MAX_PUBLISHER && !endsLikeSentence(lines.get(0))) {
            publisher = Optional.of(lines.get(0));
        }
        int titleIndex = publisher.isPresent() ? 2 : dateIndex == 0 ? 1 : 0;
        String title = titleIndex < lines.size() && looksLikeTitle(lines.get(titleIndex)) ? lines.get(titleIndex) : "";
        List<String> languages = languages(sentences);
        String main = languages.isEmpty() ? LanguageDetector.ENGLISH : languages.get(0);
        PublicationDate published = date
                .map(v -> new PublicationDate(Optional.of(v), PublicationDate.Status.INFERRED, Optional.of(DATE_LINE_BASIS)))
                .orElse(PublicationDate.unknown());
        return new ArticleMeta(title, LanguageDetector.detect(title).orElse(main), publisher, Optional.empty(),
                published, languages, "UTF-8", true);
    }

    /** The ISO value of a line that is only a date or date-time, else empty. */
    static Optional<String> dateLine(String line) {
        for (Pattern p : List.of(ISO_DATE_LINE, CHINESE_DATE_LINE)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    if (m.group(4) == null) {
                        return Optional.of(d.toString());
                    }
                    LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                    return Optional.of(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Short, one sentence at most, and not ended like a sentence (a headline may end in ? or !). */
    static boolean looksLikeTitle(String line) {
        return length(line) <= MAX_TITLE && !endsLikeSentence(line) && line.indexOf('。') < 0
                && dateLine(line).isEmpty();
    }

    private static boolean endsLikeSentence(String line) {
        return FINAL_PUNCTUATION.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The languages of the sentences, most frequent first (ties by tag). */
    static List<String> languages(List<Sentence> sentences) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Sentence s : sentences) {
            counts.merge(s.language(), 1, Integer::sum);
        }
        List<String> tags = new ArrayList<>(counts.keySet());
        tags.sort(Comparator.comparing((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(tags);
    }
}
