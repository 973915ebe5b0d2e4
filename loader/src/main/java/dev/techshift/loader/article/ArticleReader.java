package dev.techshift.loader.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article file and its sidecar into an {@link Article} (interim reader until wip/reader lands).
 * <pre>
 *   Article a = new ArticleReader().read(Path.of("data/articles/003_88a10c980630acae.txt"));
 *   System.out.println(a.sentences().size());
 * </pre>
 */
public class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads one article; fails with a sentence naming the file and the problem. */
    public Article read(Path file) throws ArticleException {
        String fileName = file.getFileName().toString();
        String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        List<String> warnings = new ArrayList<>();
        Path sidecar = file.resolveSibling(stem + ".meta.json");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file, "the file cannot be read (" + e.getMessage() + ").", e);
        }
        ArticleMeta meta = Files.exists(sidecar) ? readMeta(sidecar) : null;
        String encoding = meta == null ? "UTF-8" : meta.encoding();
        String text = Normalizer.normalize(decode(file, bytes, encoding), Normalizer.Form.NFC);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleException(file, "the file is empty: there is no text to read.");
        }
        long controls = text.codePoints().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > text.length() / 100 + 1) {
            throw new ArticleException(file, "the file looks binary: " + controls + " control characters in the text.");
        }
        List<Sentence> sentences = new SimpleSplitter().split(text);
        if (meta == null) {
            warnings.add("There is no sidecar " + sidecar.getFileName() + "; title, languages and date were inferred from the text.");
            String lang = sentences.isEmpty() ? "en" : sentences.get(0).language();
            meta = new ArticleMeta("", lang, Optional.empty(), Optional.empty(), PublicationDate.unknown(),
                    sentences.stream().map(Sentence::language).distinct().sorted().toList(), "UTF-8", true);
        }
        return new Article(stem, fileName, meta, text, "sha256:" + sha256(text), sentences, warnings);
    }

    private static String decode(Path file, byte[] bytes, String encoding) throws ArticleException {
        try {
            return Charset.forName(encoding).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(file, "the bytes are not valid " + encoding + " text (" + e.getMessage() + ").", e);
        }
    }

    private static ArticleMeta readMeta(Path sidecar) throws ArticleException {
        JsonNode n;
        try {
            n = JSON.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new ArticleException(sidecar, "the sidecar is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ").", e);
        }
        if (n == null || !n.isObject()) {
            throw new ArticleException(sidecar, "the sidecar must be a JSON object.");
        }
        JsonNode pub = n.path("published");
        if (!pub.isObject()) {
            throw new ArticleException(sidecar, "field 'published' must be an object with 'status'.");
        }
        PublicationDate.Status status;
        try {
            status = PublicationDate.Status.valueOf(pub.path("status").asText("").toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ArticleException(sidecar, "field 'published.status' must be stated, inferred or unknown, not '"
                    + pub.path("status").asText("") + "'.");
        }
        Optional<String> value = text(pub, "value");
        if (value.isPresent()) {
            try {
                java.time.LocalDate.parse(value.get().substring(0, Math.min(10, value.get().length())));
            } catch (RuntimeException e) {
                throw new ArticleException(sidecar, "field 'published.value' is not an ISO date: '" + value.get() + "'.");
            }
        }
        List<String> langs = new ArrayList<>();
        n.path("languages").forEach(l -> langs.add(l.asText()));
        String enc = n.path("encoding").asText("UTF-8");
        if (!Charset.isSupported(enc)) {
            throw new ArticleException(sidecar, "field 'encoding' names an unknown encoding '" + enc + "'.");
        }
        return new ArticleMeta(n.path("title").asText(""), n.path("titleLanguage").asText("en"), text(n, "publisher"),
                text(n, "url"), new PublicationDate(value, status, text(pub, "basis")), langs, enc, false);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
