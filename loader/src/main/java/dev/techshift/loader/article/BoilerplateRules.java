package dev.techshift.loader.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns that mark a sentence as boilerplate (disclaimers, newsletter and sign-up prompts, ads),
 * read from {@code data/rules/boilerplate.json}. A pattern with {@code "trailer": true} also marks
 * every sentence after the one it matches (a disclaimer heading starts the page's trailer).
 * <pre>
 *   BoilerplateRules rules = BoilerplateRules.load(options.rules().resolve(BoilerplateRules.FILE));
 *   List&lt;Sentence&gt; marked = rules.mark(new SentenceSplitter().split(text));
 * </pre>
 */
public final class BoilerplateRules {

    /** The rule file's name inside {@code data/rules}. */
    public static final String FILE = "boilerplate.json";

    /** One pattern: its id, what kind of boilerplate it describes, the regex, whether it starts a trailer. */
    public record Rule(String id, String comment, Pattern regex, boolean trailer) {}

    private final List<Rule> rules;

    public BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Reads the rule file; a malformed file is an error naming the file, the pattern and the problem. */
    public static BoilerplateRules load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the boilerplate rules: " + e.getMessage(), e);
        }
        JsonNode patterns = root == null ? null : root.get("patterns");
        if (patterns == null || !patterns.isArray()) {
            throw new IllegalArgumentException(file + ": the field 'patterns' must be an array of patterns.");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            JsonNode p = patterns.get(i);
            String where = file + ": pattern " + i;
            String id = text(p, "id", where);
            String regex = text(p, "regex", where + " ('" + id + "')");
            try {
                rules.add(new Rule(id, p.path("comment").asText(""), Pattern.compile(regex),
                        p.path("trailer").asBoolean(false)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + " ('" + id + "'): the regex is not valid: "
                        + e.getDescription() + " near index " + e.getIndex() + ".", e);
            }
        }
        return new BoilerplateRules(rules);
    }

    private static String text(JsonNode p, String field, String where) {
        JsonNode n = p.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": the field '" + field + "' must be a non-empty string.");
        }
        return n.asText();
    }

    /** The first rule matching a sentence, if any. */
    public Optional<Rule> match(String sentence) {
        for (Rule r : rules) {
            if (r.regex().matcher(sentence).find()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The same sentences, those matched (or inside a trailer) flagged as boilerplate. */
    public List<Sentence> mark(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        boolean inTrailer = false;
        for (Sentence s : sentences) {
            Optional<Rule> r = match(s.text());
            boolean bp = inTrailer || r.isPresent();
            inTrailer = inTrailer || r.map(Rule::trailer).orElse(false);
            out.add(bp == s.boilerplate() ? s
                    : new Sentence(s.index(), s.begin(), s.end(), s.text(), s.language(), bp));
        }
        return List.copyOf(out);
    }
}
