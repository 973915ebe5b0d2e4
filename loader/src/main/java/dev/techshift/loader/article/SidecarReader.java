package dev.techshift.loader.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a sidecar {@code {stem}.meta.json} (format: {@code data/articles/README.md}).
 * Every problem is an {@link ArticleException} naming the file, the JSON line and column or the field,
 * and what is wrong.
 * <pre>
 *   SidecarReader.Sidecar s = SidecarReader.read(Path.of("data/articles/003_88a10c980630acae.meta.json"));
 *   s.encoding();   // "UTF-8"
 * </pre>
 */
final class SidecarReader {

    /** What a sidecar says; absent optional fields are empty. */
    record Sidecar(String title, Optional<String> titleLanguage, Optional<String> publisher, Optional<String> url,
                   PublicationDate published, Optional<List<String>> languages, String encoding,
                   List<String> warnings) {}

    private static final Set<String> FIELDS = Set.of("title", "titleLanguage", "publisher", "url", "published",
            "languages", "encoding");
    private static final Set<String> PUBLISHED_FIELDS = Set.of("value", "status", "basis");
    private static final String LANGUAGE_TAG = "[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Z]{2}|[0-9]{3}))?";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SidecarReader() {}

    static Sidecar read(Path file) throws ArticleException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ArticleException(file, "the JSON is malformed at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new ArticleException(file, "the sidecar cannot be read: " + e.getMessage() + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new ArticleException(file, "the sidecar must be a JSON object ({...}), not "
                    + (root == null ? "empty" : root.getNodeType().name().toLowerCase(Locale.ROOT)) + ".");
        }
        List<String> warnings = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                warnings.add(file + ": the field '" + f + "' is not part of the sidecar format and was ignored.");
            }
        }
        String title = requiredString(file, root, "title");
        Optional<String> titleLanguage = optionalString(file, root, "titleLanguage");
        if (titleLanguage.isPresent()) {
            checkLanguage(file, "titleLanguage", titleLanguage.get());
        }
        Optional<String> publisher = optionalString(file, root, "publisher");
        Optional<String> url = optionalString(file, root, "url");
        if (url.isPresent()) {
            checkUrl(file, url.get());
        }
        PublicationDate published = published(file, root.get("published"), warnings);
        Optional<List<String>> languages = languages(file, root.get("languages"));
        String encoding = optionalString(file, root, "encoding").orElse("UTF-8");
        String canonical = TextDecoder.canonicalEncoding(encoding).orElseThrow(() -> new ArticleException(file,
                "field 'encoding' must be one of " + String.join(", ", TextDecoder.ENCODINGS) + ", not '"
                        + encoding + "'."));
        return new Sidecar(title, titleLanguage, publisher, url, published, languages, canonical, List.copyOf(warnings));
    }

    private static String requiredString(Path file, JsonNode root, String field) throws ArticleException {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new ArticleException(file, "field '" + field + "' must be a string"
                    + (n == null ? ", but it is missing." : ", not " + describe(n) + "."));
        }
        return n.asText();
    }

    private static Optional<String> optionalString(Path file, JsonNode root, String field) throws ArticleException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new ArticleException(file, "field '" + field + "' must be a string or null, not " + describe(n) + ".");
        }
        return n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().strip());
    }

    private static void checkLanguage(Path file, String field, String tag) throws ArticleException {
        if (!tag.matches(LANGUAGE_TAG)) {
            throw new ArticleException(file, "field '" + field
                    + "' must be a BCP 47 language tag such as en, zh-Hans or zh-Hant, not '" + tag + "'.");
        }
    }

    private static void checkUrl(Path file, String url) throws ArticleException {
        try {
            URI u = new URI(url);
            if (!u.isAbsolute() || u.getHost() == null) {
                throw new URISyntaxException(url, "not an absolute URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new ArticleException(file, "field 'url' must be an absolute URL, not '" + url + "' ("
                    + e.getReason() + ").");
        }
    }

    private static PublicationDate published(Path file, JsonNode p, List<String> warnings) throws ArticleException {
        if (p == null || p.isNull()) {
            throw new ArticleException(file, "field 'published' is missing; write {\"status\": \"unknown\"} "
                    + "when the date is not known.");
        }
        if (!p.isObject()) {
            throw new ArticleException(file, "field 'published' must be an object with 'status' (and 'value'), not "
                    + describe(p) + ".");
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!PUBLISHED_FIELDS.contains(f)) {
                warnings.add(file + ": the field 'published." + f + "' is not part of the sidecar format and was ignored.");
            }
        }
        JsonNode st = p.get("status");
        if (st == null || !st.isTextual()) {
            throw new ArticleException(file, "field 'published.status' must be one of stated, inferred, unknown"
                    + (st == null ? ", but it is missing." : ", not " + describe(st) + "."));
        }
        PublicationDate.Status status;
        switch (st.asText()) {
            case "stated": status = PublicationDate.Status.STATED; break;
            case "inferred": status = PublicationDate.Status.INFERRED; break;
            case "unknown": status = PublicationDate.Status.UNKNOWN; break;
            default: throw new ArticleException(file, "field 'published.status' must be one of stated, inferred, "
                    + "unknown, not '" + st.asText() + "'.");
        }
        Optional<String> value = optionalStringIn(file, p, "value");
        Optional<String> basis = optionalStringIn(file, p, "basis");
        if (status == PublicationDate.Status.UNKNOWN) {
            if (value.isPresent()) {
                throw new ArticleException(file, "field 'published.value' must be absent when 'published.status' "
                        + "is unknown, but it is '" + value.get() + "'.");
            }
            return PublicationDate.unknown();
        }
        if (value.isEmpty()) {
            throw new ArticleException(file, "field 'published.value' is required when 'published.status' is "
                    + st.asText() + ".");
        }
        checkDate(file, value.get());
        if (status == PublicationDate.Status.INFERRED && basis.isEmpty()) {
            throw new ArticleException(file, "field 'published.basis' must say what the date was inferred from "
                    + "when 'published.status' is inferred.");
        }
        return new PublicationDate(value, status, basis);
    }

    private static Optional<String> optionalStringIn(Path file, JsonNode p, String field) throws ArticleException {
        JsonNode n = p.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new ArticleException(file, "field 'published." + field + "' must be a string, not " + describe(n) + ".");
        }
        return n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().strip());
    }

    private static void checkDate(Path file, String v) throws ArticleException {
        try {
            if (v.length() == 10) {
                LocalDate.parse(v);
                return;
            }
            if (v.length() == 19) {
                LocalDateTime.parse(v);
                return;
            }
        } catch (DateTimeParseException e) {
            throw new ArticleException(file, "field 'published.value' must be a real date YYYY-MM-DD or date-time "
                    + "YYYY-MM-DDThh:mm:ss, not '" + v + "' (" + e.getMessage() + ").");
        }
        throw new ArticleException(file, "field 'published.value' must be a date YYYY-MM-DD or date-time "
                + "YYYY-MM-DDThh:mm:ss, not '" + v + "'.");
    }

    private static Optional<List<String>> languages(Path file, JsonNode n) throws ArticleException {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            throw new ArticleException(file, "field 'languages' must be an array of language tags, not " + describe(n) + ".");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode t = n.get(i);
            if (!t.isTextual() || !t.asText().matches(LANGUAGE_TAG)) {
                throw new ArticleException(file, "field 'languages[" + i + "]' must be a BCP 47 language tag such as "
                        + "en, zh-Hans or zh-Hant, not " + describe(t) + ".");
            }
            out.add(t.asText());
        }
        return Optional.of(List.copyOf(out));
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "'" + n.asText() + "'";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT) + " " + n;
    }
}
