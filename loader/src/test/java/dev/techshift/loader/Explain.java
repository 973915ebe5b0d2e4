package dev.techshift.loader;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.extract.RuleEngine;
import dev.techshift.loader.extract.TypedSentence;
import dev.techshift.loader.fact.FactStatement;
import java.nio.file.Path;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A developer's view of one article: each sentence's typed text and the statements drawn from it.
 * {@code -Dtyped=1} prints the typed sentences and their mentions; {@code -Dnoprefilter=true} tries every rule on
 * every sentence (to tell a prefilter miss from a pattern miss).
 * <pre>
 *   java -cp ... dev.techshift.loader.Explain data/articles/000_01d29408068e9ebd.txt
 *   Explain.main(new String[] {"data/articles/003_88a10c980630acae.txt"});
 * </pre>
 */
public final class Explain {

    private Explain() {}

    /** The typed text with tokens as {TYPE:category#index}. */
    static String readable(String typed, dev.techshift.loader.extract.Categories categories) {
        StringBuilder sb = new StringBuilder();
        typed.chars().forEach(c -> sb.append(switch (c) {
            case '\uE000' -> "{";
            case '\uE001' -> "#";
            case '\uE002' -> "}";
            default -> c >= '\uE100' && c <= '\uE4FF' ? ":" + String.join(":", categories.decode((char) c)) : String.valueOf((char) c);
        }));
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        LoaderOptions o = new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE);
        Pipeline p = Pipeline.create(o, !Boolean.getBoolean("noprefilter"));
        for (String f : args) {
            Article a = p.reader().read(Path.of(f));
            Pipeline.Result r = p.process(a, System.nanoTime());
            RuleEngine engine = p.engine();
            boolean typed = System.getProperty("typed") != null;
            java.util.Map<Integer, TypedSentence> resolved = typed ? engine.resolved(a, r.mentions()) : java.util.Map.of();
            for (TypedSentence t : engine.typed(a, r.mentions())) {
                if (typed && resolved.containsKey(t.sentence().index())) {
                    System.out.println("R" + t.sentence().index() + "  " + readable(resolved.get(t.sentence().index()).text(),
                            p.rules().categories()));
                }
                if (typed) {
                    System.out.println("S" + t.sentence().index() + (t.sentence().boilerplate() ? " [B] " : " ")
                            + readable(t.text(), p.rules().categories()));
                    t.spans().forEach(s -> System.out.println("      " + s.type() + " " + s.surface() + " " + (s.value() instanceof dev.techshift.loader.entity.Mention m ? m.entity().iri() : "")));
                }
            }
            for (FactStatement s : r.facts().statements()) {
                System.out.println(s.family() + " " + s.fact().substring(s.fact().lastIndexOf('/') + 1) + " "
                        + s.predicate().getLocalName() + " = " + NodeFmtLib.strNT(s.object()).replace("http://localhost:3030/id/", "")
                        + "   [" + s.evidence().rule() + " S" + s.evidence().sentence() + "] " + a.slice(s.evidence().begin(), s.evidence().end()));
            }
            System.out.println(r.report());
        }
    }
}
