package dev.techshift.loader.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.TextFold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Subjects written without a name ({@code families.json}, {@code references}): "the company", "it", "该公司", "公司",
 * and in a quotation or a Q&amp;A answer "we", "我们", are read as the organisation they refer to, so that a rule's
 * {@code {ORG}} reads them.
 * <ul>
 *   <li>a subject reference ("the company", "该公司") is the organisation that is the subject of its sentence before it,
 *       else of the nearest of the two sentences before that has one, else the article's topic organisation (named
 *       most often, at least twice); a sentence before it that names another organisation, none as subject, leaves it
 *       unread; a bare 公司 in an article that declared it the short name of the organisation named before the
 *       declaration ("…股份有限公司(以下简称“X”或“公司”)", "（下稱「公司」）", as filings and brokers' notes do) is that
 *       organisation ({@code declaredBy} in families.json);</li>
 *   <li>a pronoun ("it") only after a subject organisation and a reporting verb in its own sentence ("X said it would"),
 *       or at the start of a sentence whose previous sentence in the paragraph has a subject organisation and names
 *       nothing else "it" could be (a lab, an office, a product);</li>
 *   <li>"we", "我们" (and "our" read as "its") only inside a quotation whose speaker the sentence names, or in the answer
 *       of a Q&amp;A whose label names the speaker ("Sandvik:", "A:"); the speaker's organisation is the one of their
 *       current post the rules read ("X, chief executive of Y"), or the topic organisation when the interviewee is
 *       unnamed ("A:") or named beside it alone ("Y's X"). The journalist's own "we", a question and a research
 *       house's analyst are never read;</li>
 *   <li>"I" in the same places as "we", as the speaker ({@code selves}): "Tom Whitcombe and I founded it in 2020";</li>
 *   <li>"you", "你们" (and "your" read as "its") only in a question of an interview, as the organisation its first answer
 *       speaks for ("Q: You closed your Riga office last month. Why?"); an article with no answer has no addressee.</li>
 * </ul>
 * Only at the start of a clause ({@code clauseStart}); the words and patterns are data, per language.
 * <pre>
 *   References refs = ruleSet.references();
 *   Map&lt;Integer, References.Found&gt; found = refs.resolve(article, typed, posts, isCompany);
 * </pre>
 */
public final class References {

    /** The words and patterns of one language ({@code en} or {@code zh}). */
    record Language(Pattern subjects, Pattern pronouns, Pattern speakers, Map<String, String> possessives,
                    Pattern possessive, Pattern clauseStart, Pattern sentenceStart, Pattern objectBefore,
                    Pattern reportedBefore, Pattern pronounBlockedBy, Pattern possessorAfter, Set<String> namedNear,
                    Set<String> startOnly, Pattern declares, Set<String> declared, Pattern addressees,
                    Map<String, String> addresseePossessives, Pattern addresseePossessive, Pattern selves,
                    Pattern objects, Pattern pronounActs) {}

    /**
     * A resolved reference in one sentence: the entity its words are typed as, or the words it is rewritten to; among
     * the mentions, those a declaration of the article names ({@code declaredBy}: "以下简称“公司”"), which outweigh an
     * organisation a rule took from another sentence.
     */
    public record Found(List<Mention> mentions, List<TypedSentence.Rewrite> rewrites, List<Mention> declared) {

        public boolean isEmpty() {
            return mentions.isEmpty() && rewrites.isEmpty();
        }
    }

    /**
     * A post the rules read: its holder's IRI, its organisation, whether it is current (not ended) and whether its role
     * is one of an expert quoted for their knowledge ({@code notCategories}: an analyst's "we" is no company's).
     */
    public record Post(String person, Mention organisation, boolean current, boolean expert) {}

    /**
     * Which extractions are posts and how to read them ({@code speakerPosts}): the family, the slots of the holder, the
     * organisation and the role, the slots whose value ends a post ({@code ended}: a former status, an end date), and
     * the role categories of an expert.
     */
    record PostSpec(String family, String person, String organisation, String role, Map<String, Set<String>> ended,
                    Set<String> notCategories) {}

    static final References NONE = new References(Map.of(), Set.of(), Set.of(), null);

    private final Map<String, Language> languages;
    private final Set<String> answerLabels;
    private final Set<String> notReferredTo;
    private final PostSpec postSpec;

    private References(Map<String, Language> languages, Set<String> answerLabels, Set<String> notReferredTo,
                       PostSpec postSpec) {
        this.languages = languages;
        this.answerLabels = answerLabels;
        this.notReferredTo = notReferredTo;
        this.postSpec = postSpec;
    }

    /**
     * The posts among the extractions ({@code speakerPosts}): whose they are, at which organisation, whether current and
     * whether an expert's.
     *
     * @param categories an entity's role categories
     */
    public List<Post> posts(List<Extraction> xs, Function<EntityRef, List<String>> categories) {
        List<Post> out = new ArrayList<>();
        if (postSpec == null) {
            return out;
        }
        for (Extraction x : xs) {
            if (!x.rule().family().equals(postSpec.family())
                    || !(value(x, postSpec.person()) instanceof Mention person)
                    || !(value(x, postSpec.organisation()) instanceof Mention org) || org.entity().kind() != EntityKind.ORG) {
                continue;
            }
            boolean current = true;
            for (Map.Entry<String, Set<String>> e : postSpec.ended().entrySet()) {
                SlotValue v = x.slots().get(e.getKey());
                if (v != null && (e.getValue().isEmpty() || e.getValue().contains(String.valueOf(v.value())))) {
                    current = false;
                }
            }
            boolean expert = value(x, postSpec.role()) instanceof Mention role
                    && categories.apply(role.entity()).stream().anyMatch(postSpec.notCategories()::contains);
            out.add(new Post(person.entity().iri(), org, current, expert));
        }
        return out;
    }

    /** Registry classes a company reference never means (a government, a news outlet, a university). */
    public Set<String> notReferredTo() {
        return notReferredTo;
    }

    public boolean isEmpty() {
        return languages.isEmpty();
    }

    static References load(JsonNode n, Path file, Categories categories) {
        if (n.isMissingNode()) {
            return NONE;
        }
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String lang : List.of("en", "zh")) {
            JsonNode l = n.path(lang);
            if (l.isMissingNode()) {
                continue;
            }
            boolean latin = lang.equals("en");
            try {
                Map<String, String> possessives = new LinkedHashMap<>();
                l.path("speakerPossessives").fields().forEachRemaining(e ->
                        possessives.put(TextFold.fold(e.getKey()), TextFold.fold(e.getValue().asText())));
                // "sentencePronouns" (its) are pronouns read at the start of a sentence only
                Map<String, String> addressed = new LinkedHashMap<>();
                l.path("addresseePossessives").fields().forEachRemaining(e ->
                        addressed.put(TextFold.fold(e.getKey()), TextFold.fold(e.getValue().asText())));
                List<String> pronouns = new ArrayList<>();
                for (String key : new String[] {"pronouns", "sentencePronouns"}) {
                    l.path(key).forEach(w -> pronouns.add(TextFold.fold(w.asText())));
                }
                languages.put(lang, new Language(subjects(l, latin, categories),
                        pronouns.isEmpty() ? null : alternation(pronouns, latin),
                        words(l.path("speakers"), latin), possessives,
                        possessives.isEmpty() ? null : alternation(List.copyOf(possessives.keySet()), latin),
                        pattern(l, "clauseStart", categories), pattern(l, "sentenceStart", categories),
                        pattern(l, "objectBefore", categories), pattern(l, "reportedBefore", categories),
                        pattern(l, "pronounBlockedBy", categories), pattern(l, "possessorAfter", categories),
                        folded(l.path("subjectsNamedNear")), folded(l.path("sentencePronouns")),
                        pattern(l, "declaredBy", categories), folded(l.path("declaredSubjects")),
                        words(l.path("addressees"), latin), addressed,
                        addressed.isEmpty() ? null : alternation(List.copyOf(addressed.keySet()), latin),
                        words(l.path("selves"), latin), words(l.path("speakerObjects"), latin),
                        pattern(l, "pronounActs", categories)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ": the 'references' of " + lang + " are no valid pattern: "
                        + e.getDescription() + ".", e);
            }
        }
        Set<String> answers = new LinkedHashSet<>();
        n.path("answerLabels").forEach(a -> answers.add(TextFold.fold(a.asText())));
        Set<String> not = new LinkedHashSet<>();
        n.path("notReferredTo").forEach(a -> not.add(a.asText()));
        JsonNode ps = n.path("speakerPosts");
        PostSpec spec = null;
        if (!ps.isMissingNode()) {
            Map<String, Set<String>> ended = new LinkedHashMap<>();
            ps.path("ended").fields().forEachRemaining(e -> {
                Set<String> vs = new LinkedHashSet<>();
                e.getValue().forEach(v -> vs.add(v.asText()));
                ended.put(e.getKey(), vs);
            });
            Set<String> notCategories = new LinkedHashSet<>();
            ps.path("notCategories").forEach(c -> notCategories.add(c.asText()));
            spec = new PostSpec(ps.path("family").asText(), ps.path("person").asText(), ps.path("organisation").asText(),
                    ps.path("role").asText(), ended, notCategories);
        }
        return new References(languages, Set.copyOf(answers), Set.copyOf(not), spec);
    }

    private static Set<String> folded(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(w -> out.add(TextFold.fold(w.asText())));
        return Set.copyOf(out);
    }

    private static Pattern pattern(JsonNode l, String key, Categories categories) {
        return l.has(key) ? Pattern.compile(Placeholders.expand(l.path(key).asText(), categories)) : null;
    }

    /**
     * The subject words ({@code subjects}) and the subject patterns ({@code subjectPatterns}: a description written with a
     * placeholder, "the {PLACE} firm", "the {PLACE}-based company", which names the company by where it is): either.
     */
    private static Pattern subjects(JsonNode l, boolean latin, Categories categories) {
        Pattern words = words(l.path("subjects"), latin);
        List<String> ps = new ArrayList<>();
        l.path("subjectPatterns").forEach(x -> ps.add("(?:" + Placeholders.expand(x.asText(), categories) + ")"));
        if (ps.isEmpty()) {
            return words;
        }
        String described = String.join("|", ps);
        return Pattern.compile(words == null ? described : words.pattern() + "|" + described);
    }

    private static Pattern words(JsonNode list, boolean latin) {
        List<String> ws = new ArrayList<>();
        list.forEach(w -> ws.add(TextFold.fold(w.asText())));
        return ws.isEmpty() ? null : alternation(ws, latin);
    }

    /**
     * The words, longest first, as whole words in Latin script ("it" is not the start of "item", nor "it's"), not
     * followed by a name ("the company Halvio") or "of" ("the group of engineers").
     */
    private static Pattern alternation(List<String> ws, boolean latin) {
        List<String> sorted = new ArrayList<>(ws);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String body = "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
        String notName = "(?! ?" + Placeholders.OPEN + "(?:ORG|UNIT|PERSON))";
        return Pattern.compile(latin ? "(?<![\\p{L}\\p{N}'’-])" + body + "(?![\\p{L}\\p{N}'’-])(?! of\\b)" + notName
                : body + notName);
    }

    private static Object value(Extraction x, String slot) {
        SlotValue v = x.slots().get(slot);
        return v == null ? null : v.value();
    }

    /** How a sentence is voiced: the journalist's, a question, or a speaker's answer. */
    private enum Voice { NARRATION, QUESTION, ANSWER }

    /**
     * The references of every sentence that resolve.
     *
     * @param typed    the article's typed sentences (as the rules see them)
     * @param posts    the posts the rules read in the article
     * @param referable whether an organisation may be what "the company" means (not of a {@link #notReferredTo} class)
     * @param cites    whether the name between two typed positions is no actor: a source of figures or a person's past
     *                 employer (no subject)
     * @param pastEmployers whether it is named as a person's past employer (not counted for the topic)
     */
    public Map<Integer, Found> resolve(Article article, List<TypedSentence> typed, List<Post> posts,
                                       Predicate<EntityRef> referable, RuleSet.SourceCues cites,
                                       RuleSet.SourceCues pastEmployers) {
        Map<Integer, Found> out = new LinkedHashMap<>();
        if (languages.isEmpty() || typed.isEmpty()) {
            return out;
        }
        Optional<Mention> topic = topic(typed, referable, pastEmployers);
        // an article whose headline names the topic first is about it: a bare 公司 opening a sentence there (sentenceStart)
        // is that company (a notice, a broker's note, a report on one firm), as 该公司 is anywhere
        Optional<Mention> headlineTopic = topic.filter(tm -> headlineNamesFirst(typed, tm));
        boolean[] opensParagraph = paragraphs(article, typed);
        Turn[] turns = turns(typed, opensParagraph);
        Voice voice = Voice.NARRATION;
        Mention label = null;
        // whom an interview's questions address ("You closed your Dublin office in March"): the organisation the first
        // answer speaks for, looked for once (on the first "you"); an article with no answer has no addressee
        Optional<Mention> addressee = Optional.empty();
        boolean addresseeSought = false;
        boolean quoteOpen = false;
        // each speaker's organisation, found once
        Map<String, Optional<Mention>> speaks = new HashMap<>();
        // the organisation each language's declaration of a short subject names, found once
        Map<Language, Optional<Mention>> declarations = new HashMap<>();
        for (int i = 0; i < typed.size(); i++) {
            TypedSentence t = typed.get(i);
            if (opensParagraph[i]) {
                quoteOpen = false;
                Turn turn = turns[i];
                voice = turn.voice();
                label = turn.label();
            }
            boolean[] inside = new boolean[t.text().length()];
            boolean endsOpen = quotes(t.text(), quoteOpen, inside);
            Language lang = languages.get(t.sentence().language().startsWith("zh") ? "zh" : "en");
            if (t.sentence().boilerplate() || lang == null) {
                quoteOpen = endsOpen;
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            List<TypedSentence.Rewrite> rewrites = new ArrayList<>();
            List<Mention> declaredHere = new ArrayList<>();
            // third person: the company, 该公司
            if (lang.subjects() != null) {
                Optional<Mention> declared = declarations.computeIfAbsent(lang, l -> declared(typed, l, referable));
                Matcher m = lang.subjects().matcher(t.text());
                while (m.find()) {
                    // "上海澜启微电子股份有限公司（以下简称“公司”）": a notice that declares 公司 as its company's short name
                    // means that company by every bare 公司 after it, as the subject of a clause, after a preposition
                    // ("由公司董事长X主持", "聘任X为公司副总经理") or as a possessor ("公司董事长")
                    if (declared.isPresent() && lang.declared().contains(m.group())) {
                        if (clauseStart(lang, t, m.start()) || lang.objectBefore() != null
                                && lang.objectBefore().matcher(t.text().substring(0, m.start())).find()) {
                            Mention d = at(t, m.start(), m.end(), declared.get());
                            mentions.add(d);
                            declaredHere.add(d);
                        }
                        continue;
                    }
                    if (!clauseStart(lang, t, m.start()) || possessor(lang, t, m.end())) {
                        continue;
                    }
                    // a bare 公司 is also the common noun: without a named organisation near it, it is not the topic's
                    boolean near = lang.namedNear().contains(m.group());
                    Optional<Mention> fallback = !near ? topic
                            : lang.sentenceStart() != null && lang.sentenceStart().matcher(t.text().substring(0, m.start())).find()
                                    ? headlineTopic : Optional.empty();
                    Optional<Mention> o = antecedent(typed, i, m.start(), fallback, referable, cites, lang, out);
                    o.ifPresent(org -> mentions.add(at(t, m.start(), m.end(), org)));
                }
            }
            if (lang.pronouns() != null) {
                Matcher m = lang.pronouns().matcher(t.text());
                while (m.find()) {
                    if (clauseStart(lang, t, m.start())) {
                        pronounAntecedent(typed, opensParagraph, i, m.start(), lang.startOnly().contains(m.group()), topic, referable, cites,
                                        lang, out)
                                .ifPresent(org -> mentions.add(at(t, m.start(), m.end(), org)));
                    }
                }
            }
            // first person: only a speaker's, in a quotation or a Q&A answer ("I" is the speaker: "Tom Whitcombe and I
            // founded it in 2020"); second person: only in an interview's question, as the organisation its answers speak
            // for ("You closed your Dublin office in March")
            for (Pattern p : new Pattern[] {lang.possessive(), lang.speakers(), lang.selves(), lang.addresseePossessive(),
                    lang.addressees(), lang.objects()}) {
                boolean second = p == lang.addresseePossessive() || p == lang.addressees();
                boolean self = p == lang.selves();
                if (p == null || second && voice != Voice.QUESTION) {
                    continue;
                }
                Matcher m = p.matcher(t.text());
                while (m.find()) {
                    boolean possessive = p == lang.possessive() || p == lang.addresseePossessive();
                    // "us" stands where an object does ("signed a contract with us", "puts us at 22%"), not at a clause's
                    // start; written in capitals it is the country ("US customers")
                    boolean object = p == lang.objects();
                    if (second && inside[m.start()] || !possessive && !object && !clauseStart(lang, t, m.start())
                            || object && capitals(t.original(t.begin(m.start()), t.end(m.end())))
                            || overlaps(mentions, rewrites, t, m.start(), m.end())) {
                        continue;
                    }
                    Optional<Mention> org;
                    if (self) {
                        org = inside[m.start()] ? quoteSpeaker(typed, opensParagraph, i, inside)
                                : voice == Voice.ANSWER ? Optional.ofNullable(label) : Optional.empty();
                    } else if (second) {
                        if (!addresseeSought) {
                            addressee = interviewee(typed, turns, posts, topic, referable, speaks);
                            addresseeSought = true;
                        }
                        org = addressee;
                    } else if (inside[m.start()]) {
                        org = quoteSpeaker(typed, opensParagraph, i, inside).flatMap(s -> speaks.computeIfAbsent(
                                s.entity().iri(), k -> organisationOf(s, posts, typed, topic, referable)));
                    } else if (voice == Voice.ANSWER) {
                        Mention l = label;
                        org = l == null ? topic : speaks.computeIfAbsent(l.entity().iri(),
                                k -> organisationOf(l, posts, typed, topic, referable));
                    } else {
                        continue;
                    }
                    if (org.isEmpty()) {
                        continue;
                    }
                    if (possessive) {
                        rewrites.add(new TypedSentence.Rewrite(t.begin(m.start()), t.end(m.end()),
                                (second ? lang.addresseePossessives() : lang.possessives()).get(m.group())));
                    } else {
                        mentions.add(at(t, m.start(), m.end(), org.get()));
                    }
                }
            }
            quoteOpen = endsOpen;
            if (!mentions.isEmpty() || !rewrites.isEmpty()) {
                mentions.sort(Comparator.comparingInt(Mention::begin));
                out.put(i, new Found(List.copyOf(mentions), List.copyOf(rewrites), List.copyOf(declaredHere)));
            }
        }
        return out;
    }

    /**
     * The organisation whose name a declaration of a subject word as its short name follows ({@code declaredBy}, with
     * the word in its group {@code word}, one of {@code declaredSubjects}): "…股份有限公司（以下简称“公司”或“澜启微”）".
     * The first declaration counts; an organisation that may not be referred to declares nothing.
     */
    private static Optional<Mention> declared(List<TypedSentence> typed, Language lang, Predicate<EntityRef> referable) {
        if (lang.declares() == null || lang.declared().isEmpty()) {
            return Optional.empty();
        }
        for (TypedSentence t : typed) {
            Matcher m = lang.declares().matcher(t.text());
            while (m.find()) {
                if (!lang.declared().contains(m.group("word"))) {
                    continue;
                }
                List<Mention> orgs = entities(t, m.start(), m.end(), EntityKind.ORG);
                if (!orgs.isEmpty()) {
                    return Optional.of(orgs.get(0)).filter(o -> referable.test(o.entity()));
                }
            }
        }
        return Optional.empty();
    }

    /** How a paragraph is voiced and, for an answer, the person its label names (none for "A:"). */
    private record Turn(Voice voice, Mention label) {}

    /**
     * The voice of a paragraph from its opening label: a person ("Adebayo:") or an answer label ("A:") answers, any
     * other label ("Q:", the outlet's name) asks; no label is narration.
     */
    private Turn turn(TypedSentence t) {
        Matcher lm = LABEL.matcher(t.text());
        if (!lm.lookingAt() || lm.group("label").split(" ").length > 5) {
            return new Turn(Voice.NARRATION, null);
        }
        List<Mention> people = entities(t, 0, lm.end("label"), EntityKind.PERSON);
        if (!people.isEmpty()) {
            return new Turn(Voice.ANSWER, people.get(people.size() - 1));
        }
        return new Turn(answerLabels.contains(lm.group("label").strip()) ? Voice.ANSWER : Voice.QUESTION, null);
    }

    /**
     * The organisation an interview's answers speak for: that of the first answer's speaker, or the topic organisation
     * when its label is "A:"; empty when the article has no answer (a "Revenue:" line of a figures box is no question).
     */
    private static Optional<Mention> interviewee(List<TypedSentence> typed, Turn[] turns, List<Post> posts,
                                                 Optional<Mention> topic, Predicate<EntityRef> referable,
                                                 Map<String, Optional<Mention>> speaks) {
        for (Turn turn : turns) {
            if (turn != null && turn.voice() == Voice.ANSWER) {
                Mention l = turn.label();
                return l == null ? topic : speaks.computeIfAbsent(l.entity().iri(),
                        k -> organisationOf(l, posts, typed, topic, referable));
            }
        }
        return Optional.empty();
    }

    /**
     * The voice of each paragraph (at the index of its first sentence; null elsewhere): from its label
     * ({@link #turn}), or, in an interview written without labels, from its form ({@link #unlabeled}).
     */
    private Turn[] turns(List<TypedSentence> typed, boolean[] opensParagraph) {
        Turn[] out = new Turn[typed.size()];
        boolean labeled = false;
        for (int i = 0; i < typed.size(); i++) {
            if (opensParagraph[i]) {
                // a boilerplate line's label ("Read more: …", "Related: …") opens no turn of an interview
                out[i] = typed.get(i).sentence().boilerplate() ? new Turn(Voice.NARRATION, null) : turn(typed.get(i));
                labeled |= out[i].voice() != Voice.NARRATION;
            }
        }
        if (!labeled) {
            unlabeled(typed, opensParagraph, out);
        }
        return out;
    }

    /** Paragraphs of questions an interview written without labels has at least (a rhetorical question or two is not one). */
    private static final int MIN_UNLABELED_QUESTIONS = 3;

    /** Sentences a question paragraph of such an interview has at most ("Let's talk money. Where did the round come from?"). */
    private static final int MAX_QUESTION_SENTENCES = 2;

    /**
     * An interview written without "Q:"/"A:" labels, as magazines print them: short paragraphs that end with a question
     * mark ("How big are you now?"), each followed by a paragraph that does not (the answer). With at least
     * {@link #MIN_UNLABELED_QUESTIONS} such pairs, every paragraph from the first question on is a question or an answer;
     * the introduction before it stays the journalist's ("We spoke with its chief executive"). The answers' speaker is the
     * one person the introduction (headline included) names, whose organisation their posts or "Y's X" give; else none,
     * and the answers speak for the topic organisation, as after "A:".
     */
    private static void unlabeled(List<TypedSentence> typed, boolean[] opensParagraph, Turn[] turns) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (opensParagraph[i]) {
                starts.add(i);
            }
        }
        boolean[] asks = new boolean[starts.size()];
        int pairs = 0;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : typed.size();
            String last = typed.get(to - 1).sentence().text().strip();
            asks[p] = to - from <= MAX_QUESTION_SENTENCES && !typed.get(from).sentence().boilerplate()
                    && (last.endsWith("?") || last.endsWith("？"));
            if (p > 0 && asks[p - 1] && !asks[p]) {
                pairs++;
            }
        }
        if (pairs < MIN_UNLABELED_QUESTIONS) {
            return;
        }
        int first = 0;
        while (!asks[first]) {
            first++;
        }
        // the interviewee: the one person the introduction names outside quotation marks
        Set<String> named = new LinkedHashSet<>();
        Mention speaker = null;
        for (int i = 0; i < starts.get(first); i++) {
            TypedSentence t = typed.get(i);
            if (!t.sentence().boilerplate()) {
                boolean[] in = new boolean[t.text().length()];
                quotes(t.text(), false, in);
                Mention m = outside(t, in, named);
                speaker = m != null ? m : speaker;
            }
        }
        Mention label = named.size() == 1 ? speaker : null;
        for (int p = first; p < starts.size(); p++) {
            turns[starts.get(p)] = asks[p] ? new Turn(Voice.QUESTION, null) : new Turn(Voice.ANSWER, label);
        }
    }

    /** A Q&amp;A label at the start of a paragraph: "Sandvik:", "Silicon Frontier Review:", "问:", "A:". */
    private static final Pattern LABEL = Pattern.compile("\\s*(?<label>[^:\"“”。.?!,;]{1,40}?)\\s*:");

    /** A typed range already read as a reference. */
    private static boolean overlaps(List<Mention> ms, List<TypedSentence.Rewrite> rs, TypedSentence t, int from, int to) {
        int b = t.begin(from);
        int e = t.end(to);
        return ms.stream().anyMatch(m -> m.begin() < e && b < m.end()) || rs.stream().anyMatch(r -> r.begin() < e && b < r.end());
    }

    /** Whether a word is written in capitals ("US", "U.S."), as a name is. */
    private static boolean capitals(String word) {
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static Mention at(TypedSentence t, int from, int to, Mention org) {
        int b = t.begin(from);
        int e = t.end(to);
        return new Mention(b, e, t.sentence().index(), t.original(b, e), org.entity());
    }

    /** Whether the words after a reference make it a possessor, not a subject ("公司创办人X", {@code possessorAfter}). */
    private static boolean possessor(Language lang, TypedSentence t, int end) {
        return lang.possessorAfter() != null && lang.possessorAfter().matcher(t.text()).region(end, t.text().length()).lookingAt();
    }

    private static boolean clauseStart(Language lang, TypedSentence t, int at) {
        return lang.clauseStart() == null || lang.clauseStart().matcher(t.text().substring(0, at)).find();
    }

    /**
     * Marks the typed positions inside a quotation ("…", “…”, 「…」, 『…』), starting inside when the paragraph's
     * quotation goes on from the sentence before; returns whether one is still open at the end.
     */
    private static boolean quotes(String text, boolean open, boolean[] inside) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                open = !open;
            } else if (c == '“' || c == '「' || c == '『') {
                open = true;
            } else if (c == '”' || c == '」' || c == '』') {
                open = false;
            }
            inside[k] = open && c != '"' && c != '“' && c != '「' && c != '『';
        }
        return open;
    }

    /**
     * Who speaks a quotation: the one person the sentence names outside quotation marks, else the one person named
     * outside them in the other sentences of its paragraph.
     */
    private static Optional<Mention> quoteSpeaker(List<TypedSentence> typed, boolean[] opensParagraph, int idx,
                                                 boolean[] inside) {
        Set<String> here = new LinkedHashSet<>();
        Mention one = outside(typed.get(idx), inside, here);
        if (!here.isEmpty()) {
            return here.size() == 1 ? Optional.of(one) : Optional.empty();
        }
        int from = idx;
        while (from > 0 && !opensParagraph[from]) {
            from--;
        }
        Set<String> around = new LinkedHashSet<>();
        boolean open = false;
        for (int i = from; i < typed.size() && (i == from || !opensParagraph[i]); i++) {
            TypedSentence t = typed.get(i);
            boolean[] in = new boolean[t.text().length()];
            open = quotes(t.text(), open, in);
            if (i != idx) {
                Mention m = outside(t, in, around);
                one = m != null ? m : one;
            }
        }
        return around.size() == 1 ? Optional.of(one) : Optional.empty();
    }

    /** The last person a sentence names outside quotation marks, adding every one's IRI to {@code seen}. */
    private static Mention outside(TypedSentence t, boolean[] inside, Set<String> seen) {
        Mention last = null;
        Matcher m = Placeholders.TOKEN.matcher(t.text());
        while (m.find()) {
            if (!inside[m.start()] && t.spans().get(Integer.parseInt(m.group("index"))).value() instanceof Mention p
                    && p.entity().kind() == EntityKind.PERSON) {
                seen.add(p.entity().iri());
                last = p;
            }
        }
        return last;
    }

    /**
     * The organisation a speaker speaks for: the one of their current posts the rules read; else the topic organisation
     * when some sentence names the speaker beside it and no other organisation ("Shomer's Katzir").
     */
    private static Optional<Mention> organisationOf(Mention speaker, List<Post> posts, List<TypedSentence> typed,
                                                    Optional<Mention> topic, Predicate<EntityRef> referable) {
        Map<String, Mention> orgs = new LinkedHashMap<>();
        for (Post p : posts) {
            if (!p.person().equals(speaker.entity().iri())) {
                continue;
            }
            if (p.expert()) {
                return Optional.empty();
            }
            if (p.current()) {
                orgs.putIfAbsent(p.organisation().entity().iri(), p.organisation());
            }
        }
        if (orgs.size() == 1) {
            Mention o = orgs.values().iterator().next();
            return referable.test(o.entity()) ? Optional.of(o) : Optional.empty();
        }
        if (!orgs.isEmpty() || topic.isEmpty()) {
            return Optional.empty();
        }
        for (TypedSentence t : typed) {
            List<Mention> people = entities(t, 0, t.text().length(), EntityKind.PERSON);
            List<Mention> named = entities(t, 0, t.text().length(), EntityKind.ORG);
            if (people.stream().anyMatch(p -> p.entity().iri().equals(speaker.entity().iri())) && !named.isEmpty()
                    && named.stream().allMatch(o -> o.entity().iri().equals(topic.get().entity().iri()))) {
                return topic;
            }
        }
        return Optional.empty();
    }

    /**
     * What "the company" at typed position {@code at} of sentence {@code idx} means: the subject organisation of its
     * sentence before it, else of the nearest of the two sentences before that has one, else the topic organisation;
     * empty when a sentence on the way names an organisation other than the topic one, none as subject. A sentence
     * before whose subject is a reference already read as the topic ({@code resolved}) has the topic as subject.
     */
    private static Optional<Mention> antecedent(List<TypedSentence> typed, int idx, int at, Optional<Mention> topic,
                                                Predicate<EntityRef> referable, RuleSet.SourceCues cites, Language lang,
                                                Map<Integer, Found> resolved) {
        int back = 0;
        for (int i = idx; i >= 0 && back <= 2; i--) {
            TypedSentence t = typed.get(i);
            if (t.sentence().boilerplate()) {
                continue;
            }
            if (i < idx) {
                back++;
            }
            int end = i == idx ? at : t.text().length();
            Optional<Mention> named = subject(t, end, cites, lang);
            // "公司于近日与美的集团签署采购框架协议。根据协议,2026年度公司将向…": a sentence before that opens with a
            // reference already read as the topic has the topic as its subject, as the topic's name there would (only the
            // topic: a reference read as another organisation is not followed further)
            Optional<Mention> ref = i < idx ? openingReference(resolved.get(i), t)
                    .filter(r -> topic.isPresent() && topic.get().entity().iri().equals(r.entity().iri())) : Optional.empty();
            Optional<Mention> s = ref.isPresent() && (named.isEmpty() || ref.get().begin() < named.get().begin()) ? ref : named;
            if (s.isPresent()) {
                // "Halvio agreed to buy Brevikon. The company employs 500 people": a sentence before that names another
                // organisation beside its subject leaves "the company" open, unless the subject is the article's topic
                boolean alone = i == idx || topic.isPresent() && topic.get().entity().iri().equals(s.get().entity().iri())
                        || entities(t, 0, end, EntityKind.ORG).stream()
                                .allMatch(o -> o.entity().iri().equals(s.get().entity().iri()));
                return alone && referable.test(s.get().entity()) ? s : Optional.empty();
            }
            // a source of figures or a person's past employer ("X此前曾在Arm担任工程师", "Okafor previously spent nine years
            // at Applied Materials") is no company the text turned to
            boolean other = actors(t, end, cites).stream()
                    .anyMatch(o -> topic.isEmpty() || !o.entity().iri().equals(topic.get().entity().iri()));
            if (other) {
                return Optional.empty();
            }
        }
        return topic;
    }

    /** The reference read in a sentence before any organisation it names, if any (its subject written without a name). */
    private static Optional<Mention> openingReference(Found found, TypedSentence t) {
        if (found == null || found.mentions().isEmpty()) {
            return Optional.empty();
        }
        Mention first = found.mentions().get(0);
        boolean opens = entities(t, 0, t.text().length(), EntityKind.ORG).stream().allMatch(o -> o.begin() > first.begin());
        return opens ? Optional.of(first) : Optional.empty();
    }

    /**
     * Whether every organisation before code point {@code at} is cited as a source of figures and none is the
     * article's topic ("Vetindex Research estimates that it held 9%").
     */
    private static boolean sourceReports(TypedSentence t, int at, Optional<Mention> topic, RuleSet.SourceCues cites) {
        List<Mention> named = entities(t, 0, at, EntityKind.ORG);
        String topicIri = topic.map(m -> m.entity().iri()).orElse(null);
        return !named.isEmpty() && actors(t, at, cites).isEmpty()
                && named.stream().noneMatch(o -> o.entity().iri().equals(topicIri));
    }

    /**
     * What "it" at typed position {@code at} means: the subject organisation of its own sentence when a reporting verb
     * stands right before it ("X said it would"), or, at the start of a sentence, the subject organisation of the
     * previous sentence of the paragraph when that sentence names nothing else it could be ({@code pronounBlockedBy});
     * when that sentence's subject is itself written without a name ("The company has also trimmed where it could. In July
     * it closed its London office"), the organisation that reference was read as.
     */
    private static Optional<Mention> pronounAntecedent(List<TypedSentence> typed, boolean[] opensParagraph, int idx, int at,
                                                       boolean startOnly, Optional<Mention> topic, Predicate<EntityRef> referable,
                                                       RuleSet.SourceCues cites, Language lang, Map<Integer, Found> resolved) {
        TypedSentence t = typed.get(idx);
        String before = t.text().substring(0, at);
        Optional<Mention> s = Optional.empty();
        boolean reported = !startOnly && lang.reportedBefore() != null && lang.reportedBefore().matcher(before).find();
        // "Vetindex Research estimates that it held 9%": a source of figures that reports (every organisation before the
        // pronoun is cited) is not what "it" means; the previous sentence's subject is, as at the start of a sentence. The
        // article's own firm estimating is its own subject ("Corvane estimates that it held 12%"), and stays unread
        boolean sourceReports = reported && sourceReports(t, at, topic, cites);
        // "X said its services…": a possessive after a reporting verb names what X owns, which the rules read from X
        if (reported && !sourceReports) {
            s = subject(t, at, cites, lang);
        } else if ((sourceReports || !reported && lang.sentenceStart() != null && lang.sentenceStart().matcher(before).matches())
                && idx > 0 && !opensParagraph[idx] && !typed.get(idx - 1).sentence().boilerplate()) {
            TypedSentence p = typed.get(idx - 1);
            // "…stopped selling its HL-1 collar in April. Last month it signed a deal to supply…": a product or a site
            // the sentence before names does not sign, hire or raise money ({@code pronounActs}, read from the pronoun on)
            if (lang.pronounBlockedBy() == null || !lang.pronounBlockedBy().matcher(p.text()).find()
                    || lang.pronounActs() != null && lang.pronounActs().matcher(t.text()).region(at, t.text().length()).lookingAt()) {
                s = subject(p, p.text().length(), cites, lang);
                if (s.isEmpty() && entities(p, 0, p.text().length(), EntityKind.ORG).isEmpty()) {
                    s = openingReference(resolved.get(idx - 1), p);
                }
            }
        }
        return s.filter(m -> referable.test(m.entity()));
    }

    /**
     * The subject organisation of a typed sentence, before typed position {@code end}: its first organisation not
     * written after a preposition ({@code objectBefore}) and not cited as a source of figures or as a person's past
     * employer ("X此前在Y担任…" has no subject).
     */
    private static Optional<Mention> subject(TypedSentence t, int end, RuleSet.SourceCues cites, Language lang) {
        Matcher m = Placeholders.TOKEN.matcher(t.text()).region(0, end);
        while (m.find()) {
            TypedSentence.Span s = t.spans().get(Integer.parseInt(m.group("index")));
            if (!(s.value() instanceof Mention o) || o.entity().kind() != EntityKind.ORG) {
                continue;
            }
            if (lang.objectBefore() != null && lang.objectBefore().matcher(t.text().substring(0, m.start())).find()
                    || cites.cites(t.text(), m.start(), m.end())) {
                continue;
            }
            return Optional.of(o);
        }
        return Optional.empty();
    }

    /** The organisations named before typed position {@code end} that are not cited (a source, a past employer). */
    private static List<Mention> actors(TypedSentence t, int end, RuleSet.SourceCues cites) {
        List<Mention> out = new ArrayList<>();
        Matcher m = Placeholders.TOKEN.matcher(t.text()).region(0, end);
        while (m.find()) {
            TypedSentence.Span s = t.spans().get(Integer.parseInt(m.group("index")));
            if (s.value() instanceof Mention o && o.entity().kind() == EntityKind.ORG && !cites.cites(t.text(), m.start(), m.end())) {
                out.add(o);
            }
        }
        return out;
    }

    /** The mentions of a kind whose tokens lie in a typed range. */
    private static List<Mention> entities(TypedSentence t, int from, int to, EntityKind kind) {
        List<Mention> out = new ArrayList<>();
        for (TypedSentence.Span s : t.valueSpansIn(from, to)) {
            if (s.value() instanceof Mention x && x.entity().kind() == kind) {
                out.add(x);
            }
        }
        return out;
    }

    /** Sentences that must name the headline's company for a bare 公司 to mean it. */
    private static final int MIN_HEADLINE_TOPIC_SENTENCES = 4;

    /**
     * Whether the article's first sentence (its headline) names the topic organisation before any other organisation,
     * and at least {@link #MIN_HEADLINE_TOPIC_SENTENCES} sentences name it.
     */
    private static boolean headlineNamesFirst(List<TypedSentence> typed, Mention topic) {
        TypedSentence h = typed.get(0);
        if (h.sentence().index() != 0 || h.sentence().boilerplate()) {
            return false;
        }
        String iri = topic.entity().iri();
        long sentences = typed.stream().filter(t -> !t.sentence().boilerplate())
                .filter(t -> entities(t, 0, t.text().length(), EntityKind.ORG).stream().anyMatch(o -> o.entity().iri().equals(iri)))
                .count();
        return sentences >= MIN_HEADLINE_TOPIC_SENTENCES && entities(h, 0, h.text().length(), EntityKind.ORG).stream().findFirst()
                .filter(o -> o.entity().iri().equals(iri)).isPresent();
    }

    /** The article's topic organisation ({@link RuleEngine#topicMention}), when it may be referred to. */
    private static Optional<Mention> topic(List<TypedSentence> typed, Predicate<EntityRef> referable,
                                           RuleSet.SourceCues pastEmployers) {
        return RuleEngine.topicMention(typed, pastEmployers).filter(m -> referable.test(m.entity()));
    }

    /** Whether each sentence starts a paragraph (a line break between it and the sentence before). */
    private static boolean[] paragraphs(Article a, List<TypedSentence> typed) {
        boolean[] out = new boolean[typed.size()];
        String text = a.text();
        // code point offsets walked forward once (slicing from the start for every sentence is quadratic in a long article)
        int cp = 0;
        int ch = 0;
        for (int i = 0; i < typed.size(); i++) {
            Sentence s = typed.get(i).sentence();
            if (i == 0) {
                out[i] = true;
                continue;
            }
            int from = typed.get(i - 1).sentence().end();
            if (from < cp) {
                cp = 0;
                ch = 0;
            }
            ch = text.offsetByCodePoints(ch, from - cp);
            cp = from;
            int to = Math.max(from, s.begin());
            int end = text.offsetByCodePoints(ch, to - from);
            out[i] = text.substring(ch, end).indexOf('\n') >= 0;
        }
        return out;
    }
}
