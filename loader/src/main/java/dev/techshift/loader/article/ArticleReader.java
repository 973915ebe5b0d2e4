package dev.techshift.loader.article;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads an article file and its sidecar into an {@link Article}: strict decoding, NFC text, hash,
 * sentences with code-point offsets, boilerplate marked. Without a sidecar the metadata is inferred
 * from the text and a warning says so.
 * <pre>
 *   ArticleReader reader = new ArticleReader(options);
 *   for (Path p : reader.list(options.articles())) { Article a = reader.read(p); }
 * </pre>
 */
public final class ArticleReader {

    /** The suffix of a sidecar that replaces {@code .txt}. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoilerplateRules boilerplate;

    /** A reader using the rules of the project found by {@link Loader#projectRoot()}. */
    public ArticleReader() {
        this(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
    }

    /** A reader using {@code data/rules/boilerplate.json} of the given project. */
    public ArticleReader(LoaderOptions options) {
        this(BoilerplateRules.load(options.rules().resolve(BoilerplateRules.FILE)));
    }

    public ArticleReader(BoilerplateRules boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** The {@code *.txt} files of a directory, sorted by name. */
    public List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the articles in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads one article; anything that stops it is an {@link ArticleException} saying where and what. */
    public Article read(Path txt) throws ArticleException {
        String fileName = txt.getFileName().toString();
        if (!fileName.endsWith(".txt")) {
            throw new ArticleException(txt, "an article file must end in .txt.");
        }
        if (!Files.isRegularFile(txt)) {
            throw new ArticleException(txt, "there is no such file.");
        }
        String stem = fileName.substring(0, fileName.length() - ".txt".length());
        Path sidecarFile = txt.resolveSibling(stem + SIDECAR_SUFFIX);
        SidecarReader.Sidecar sidecar = Files.isRegularFile(sidecarFile) ? SidecarReader.read(sidecarFile) : null;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(txt);
        } catch (IOException e) {
            throw new ArticleException(txt, "the file cannot be read: " + e.getMessage() + ".", e);
        }
        String text = TextDecoder.decode(txt, bytes, sidecar == null ? "UTF-8" : sidecar.encoding());
        List<Sentence> sentences = boilerplate.mark(splitter.split(text));
        List<String> warnings = new ArrayList<>();
        ArticleMeta meta;
        if (sidecar == null) {
            meta = MetaInference.infer(text, sentences);
            warnings.add(txt + " has no sidecar " + sidecarFile.getFileName() + " beside it, so its title, publisher, "
                    + "publication date and languages were inferred from the text.");
        } else {
            warnings.addAll(sidecar.warnings());
            List<String> detected = MetaInference.languages(sentences);
            String main = detected.isEmpty() ? LanguageDetector.ENGLISH : detected.get(0);
            String title = Normalizer.normalize(sidecar.title(), Normalizer.Form.NFC);
            meta = new ArticleMeta(title,
                    sidecar.titleLanguage().orElse(LanguageDetector.detect(title).orElse(main)),
                    sidecar.publisher(), sidecar.url(), sidecar.published(),
                    sidecar.languages().orElse(detected), sidecar.encoding(), false);
        }
        return new Article(stem, fileName, meta, text, hash(text), sentences, List.copyOf(warnings));
    }

    /** {@code sha256:} and the hex SHA-256 of the text's UTF-8 bytes. */
    public static String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256.", e);
        }
    }
}
