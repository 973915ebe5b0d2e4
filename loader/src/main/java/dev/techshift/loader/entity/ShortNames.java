package dev.techshift.loader.entity;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script names found with a cue somewhere in an article, read as the same unlinked entity wherever else the
 * article writes them:
 * <ul>
 *   <li>the whole name ("Maria Lindqvist" found after "said", then "co-founded it with Maria Lindqvist");</li>
 *   <li>a company by the first word of its name ("Globex Dynamics" ... "Globex raised"), a person by the last
 *       ("Maria Lindqvist" ... "Lindqvist said") and by the first, as interviews write colleagues ("Owen Kirby" ...
 *       "Owen remains our chief technology officer"), when no other name of the article has that word;</li>
 *   <li>a one-word company found with a cue ("Halvio, the Oslo-based maker of…") in the headline, at a sentence's
 *       start, before "'s" ("Halvio's engineers"), unless the article also writes the word in lower case (a common
 *       word) or it is a word of {@code nameStartStop} or {@code demonyms}, and not where another capitalised word
 *       follows it ("the Halvio Forms builder" is another name).</li>
 * </ul>
 * Only names the registry does not know, only capitalised whole words not already part of a mention, and never a
 * word two different names would share.
 * <pre>
 *   List&lt;Mention&gt; all = ShortNames.add(article, mentions, stopWords);
 * </pre>
 */
final class ShortNames {

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’-]*\\p{IsLatin}");
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’.-]*(?: \\p{Lu}[\\p{IsLatin}'’.-]*){1,3}");
    /** A capitalised word right after a name: the name is part of a longer one. */
    private static final Pattern NEXT_WORD = Pattern.compile("^ \\p{Lu}\\p{Ll}");
    /** A hyphenated given name written after the surname, its second syllable in lower case ("Min-jae", "Wei-ting"). */
    private static final Pattern SURNAME_FIRST_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    private ShortNames() {}

    /** The mentions with the article's short forms added, in text order. */
    static List<Mention> add(Article a, List<Mention> mentions, Set<String> stopWords) {
        return add(a, mentions, stopWords, Set.of(), Set.of());
    }

    /**
     * As {@link #add(Article, List, Set)}; of two organisations whose names start with the same word, one whose last
     * word is a company's ({@code orgSuffixes}) and one whose last word is a product model's ({@code productTails}:
     * "Fryline Robotics" beside "Fryline Duo", a product the finder took for a company), the company has the word as
     * its short form.
     */
    static List<Mention> add(Article a, List<Mention> mentions, Set<String> stopWords, Set<String> orgSuffixes,
                             Set<String> productTails) {
        Map<String, EntityRef> shortForm = new LinkedHashMap<>();
        Map<String, EntityRef> whole = new LinkedHashMap<>();
        Map<String, EntityRef> oneWord = new LinkedHashMap<>();
        Map<String, EntityRef> given = new LinkedHashMap<>();
        Map<String, Boolean> ambiguous = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EntityRef e = m.entity();
            if (e.linked() || (e.kind() != EntityKind.ORG && e.kind() != EntityKind.PERSON)) {
                continue;
            }
            String surface = m.surface().trim();
            String[] words = surface.split(" ");
            if (words.length < 2) {
                if (e.kind() == EntityKind.ORG && oneWordName(a.text(), surface, stopWords)) {
                    note(oneWord, ambiguous, surface, e);
                }
                continue;
            }
            if (LATIN_NAME.matcher(surface).matches()) {
                note(whole, ambiguous, surface, e);
            }
            // a person is written again by the surname: the last word, or the first of a name written surname first with
            // a hyphenated given name ("Park Min-jae" ... "Park said")
            boolean surnameFirst = words.length == 2 && SURNAME_FIRST_GIVEN.matcher(words[1]).matches();
            String w = e.kind() == EntityKind.ORG || surnameFirst ? words[0] : words[words.length - 1];
            // "University of Oxford": a first word followed by "of" or "for" is the kind of organisation, not its name
            boolean head = e.kind() == EntityKind.ORG && Character.isLowerCase(words[1].charAt(0));
            // "Graz University of Technology", "Delft University of Technology": the word before "University of" or
            // "Institute of" is the city the school is named after, which the article writes alone for the city
            head |= e.kind() == EntityKind.ORG && words.length > 3 && (words[1].equals("University") || words[1].equals("Institute"))
                    && words[2].equals("of");
            if (!head && nameWord(w, stopWords)) {
                noteShort(shortForm, ambiguous, w, e, orgSuffixes, productTails);
            }
            // an interview writes a person again by the given name ("my co-founder Owen Kirby…", then "Owen remains our
            // chief technology officer"): the first word of a two-word name, or of one whose surname opens with a
            // lower-case particle ("Ruan de Villiers"), unless another name of the article has it
            boolean particled = words.length > 2 && java.util.Arrays.stream(words, 1, words.length - 1)
                    .allMatch(x -> !x.isEmpty() && Character.isLowerCase(x.charAt(0)));
            if (e.kind() == EntityKind.PERSON && (words.length == 2 || particled) && !surnameFirst && nameWord(words[0], stopWords)) {
                note(given, ambiguous, words[0], e);
            }
        }
        ambiguous.keySet().forEach(shortForm::remove);
        ambiguous.keySet().forEach(whole::remove);
        ambiguous.keySet().forEach(oneWord::remove);
        ambiguous.keySet().forEach(given::remove);
        // a one-word organisation that is also the first word of a longer name of the article is that name's short
        // form (kept as such above); otherwise it is a name of its own, unless a person's last name is the same word
        oneWord.forEach(shortForm::putIfAbsent);
        whole.forEach(shortForm::putIfAbsent);
        // a given name that is also a word some other name of the article is written by (a surname, a company's first
        // word) stays that name's
        Set<String> givenForms = new HashSet<>();
        given.forEach((w, e) -> {
            if (!shortForm.containsKey(w) && mentions.stream().noneMatch(m -> !m.entity().iri().equals(e.iri())
                    && !loneGivenName(m, w) && List.of(m.surface().trim().split(" ")).contains(w))) {
                shortForm.put(w, e);
                givenForms.add(w);
            }
        });
        if (shortForm.isEmpty()) {
            return mentions;
        }
        BitSet taken = new BitSet();
        mentions.forEach(m -> taken.set(m.begin(), m.end()));
        Set<String> readInEnglish = new HashSet<>();
        mentions.stream().filter(m -> m.entity().kind() == EntityKind.PRODUCT
                        && !a.sentences().get(m.sentence()).language().startsWith("zh"))
                .forEach(m -> readInEnglish.add(m.entity().iri()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            // a one-word unlinked organisation found on its own ("Globex said it…") that is the short form of a
            // longer name of the article ("Globex Dynamics") is that organisation; a one-word name read as a
            // product or a person elsewhere ("Halvio CEO…") is the organisation the article names so, and so is a
            // short form read as a product in Chinese sentences only ("MediLink平台曾因故障中断" beside "远程医疗平台MediLink
            // Health宣布": Chinese news writes a company's platform or app as its name and 平台, App), not one an English
            // sentence names ("Corvo Robotics launched Corvo, its first warehouse robot")
            EntityRef known = shortForm.get(m.surface());
            boolean shortOrg = known != null && known.kind() == EntityKind.ORG && !m.entity().linked()
                    && (m.entity().kind() == EntityKind.ORG || known.label().trim().equals(m.surface())
                            && (m.entity().kind() == EntityKind.PRODUCT || m.entity().kind() == EntityKind.PERSON)
                            || m.entity().kind() == EntityKind.PRODUCT && !readInEnglish.contains(m.entity().iri()))
                    && !known.iri().equals(m.entity().iri());
            // "Peter was an irrigation engineer" after "you started it with Peter Otieno": the given name the finder read
            // as a person of its own is the person the article named in full
            boolean givenPerson = known != null && known.kind() == EntityKind.PERSON && givenForms.contains(m.surface().trim())
                    && loneGivenName(m, m.surface().trim()) && !known.iri().equals(m.entity().iri());
            out.add(shortOrg || givenPerson ? m.as(known) : m);
        }
        List<String> longestFirst = new ArrayList<>(shortForm.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        Pattern p = Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}])(?:" + String.join("|", longestFirst.stream().map(Pattern::quote).toList())
                + ")(?![\\p{IsLatin}\\p{Nd}]|-\\p{L})");
        for (Sentence s : a.sentences()) {
            if (s.boilerplate() || s.language().startsWith("zh") && s.text().codePoints().noneMatch(c -> c < 128 && Character.isLetter(c))) {
                continue;
            }
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                EntityRef e = shortForm.get(m.group());
                int b = s.begin() + s.text().codePointCount(0, m.start());
                int end = b + s.text().codePointCount(m.start(), m.end());
                if (e.label().trim().equals(m.group()) && m.group().indexOf(' ') < 0 && partOfLongerName(s.text(), m.start(), m.end())) {
                    continue;
                }
                // "Pacific Sawmill Controls" in an article that named "Sawmill Automation": a company's first word inside a
                // run of capitalised words is a word of another name, not the company
                if (e.kind() == EntityKind.ORG && m.group().indexOf(' ') < 0 && !e.label().trim().equals(m.group())
                        && insideCapitalisedRun(s.text(), m.start(), m.end(), stopWords)) {
                    continue;
                }
                // "Tan Sri Vincent Goh", "Lee Min-ho" in an article about J.P. Tan or Lee Soo-jin: a surname followed by
                // a capitalised word is another person's name or a title, not the short form
                if (e.kind() == EntityKind.PERSON && !e.label().trim().equals(m.group()) && NEXT_WORD.matcher(s.text().substring(m.end())).find()) {
                    continue;
                }
                // "Louis Chiasson, Alan's father": a given name in possession describes someone by a relative
                if (givenForms.contains(m.group()) && (s.text().startsWith("'s", m.end()) || s.text().startsWith("’s", m.end()))) {
                    continue;
                }
                if (taken.get(b, end).isEmpty()) {
                    taken.set(b, end);
                    out.add(new Mention(b, end, s.index(), m.group(), e));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    private static void note(Map<String, EntityRef> forms, Map<String, Boolean> ambiguous, String w, EntityRef e) {
        EntityRef seen = forms.putIfAbsent(w, e);
        if (seen != null && !seen.iri().equals(e.iri())) {
            ambiguous.put(w, true);
        }
    }

    /**
     * A company named after its founder ("Halvio Systems", founded by "Per Halvio"): the short form is the company's.
     * A newsroom that writes a company by its founder's name calls the founder by the whole name or a title, so the
     * bare word is the company; two companies, or two people, sharing it still leave it to neither.
     */
    private static void noteShort(Map<String, EntityRef> forms, Map<String, Boolean> ambiguous, String w, EntityRef e,
                                  Set<String> orgSuffixes, Set<String> productTails) {
        EntityRef seen = forms.get(w);
        if (seen != null && seen.kind() != e.kind() && !seen.iri().equals(e.iri())) {
            if (e.kind() == EntityKind.ORG) {
                forms.put(w, e);
            }
            return;
        }
        // "Fryline Robotics, the Mexican maker of…" and "launched … called Fryline Duo": a company's word ends the
        // company's name, a model's word the product's, and "Fryline" alone is the company
        if (seen != null && seen.kind() == EntityKind.ORG && e.kind() == EntityKind.ORG && !seen.iri().equals(e.iri())
                && !ambiguous.containsKey(w)) {
            if (lastWordIn(e, orgSuffixes) && lastWordIn(seen, productTails)) {
                forms.put(w, e);
                return;
            }
            if (lastWordIn(seen, orgSuffixes) && lastWordIn(e, productTails)) {
                return;
            }
        }
        note(forms, ambiguous, w, e);
    }

    /** A name whose last word is one of {@code words} ("Robotics" of a company, "Duo" of a product model). */
    private static boolean lastWordIn(EntityRef e, Set<String> words) {
        String label = e.label().trim();
        return words.contains(label.substring(label.lastIndexOf(' ') + 1));
    }

    /**
     * Whether a one-word organisation's name may be read wherever the article writes it: a capitalised Latin word of
     * three letters or more, not all capitals, not a stop word, and never written in lower case in the article.
     */
    private static boolean oneWordName(String text, String w, Set<String> stopWords) {
        if (!nameWord(w, stopWords)) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return !Pattern.compile("(?<![\\p{IsLatin}])" + Pattern.quote(lower) + "(?![\\p{IsLatin}])").matcher(text).find();
    }

    /** A word that may stand for a name alone: capitalised Latin, three letters or more, not all capitals, no stop word. */
    private static boolean nameWord(String w, Set<String> stopWords) {
        return w.length() >= 3 && LATIN_WORD.matcher(w).matches() && !stopWords.contains(w)
                && w.chars().filter(Character::isUpperCase).count() != w.length();
    }

    /** A capitalised word before or after: "the Halvio Forms builder", "New Halvio" name something else. */
    private static boolean partOfLongerName(String text, int start, int end) {
        if (NEXT_WORD.matcher(text.substring(end)).find()) {
            return true;
        }
        String before = text.substring(0, start);
        return before.matches("(?s).*\\p{Lu}\\p{Ll}+ $") && !before.matches("(?s)(?:.*[.!?:;\"“”] )?\\p{Lu}\\p{Ll}+ $");
    }

    /** The capitalised word right before a name, after a space: "Pacific" of "Pacific Sawmill". */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{Ll}+) $");

    /**
     * A capitalised word after (as {@link #partOfLongerName}) or a capitalised word before that is no stop word ("In
     * March Sawmill…" keeps the month apart) and does not open the sentence.
     */
    private static boolean insideCapitalisedRun(String text, int start, int end, Set<String> stopWords) {
        if (NEXT_WORD.matcher(text.substring(end)).find()) {
            return true;
        }
        Matcher b = CAPITALISED_BEFORE.matcher(text.substring(0, start));
        return b.find() && b.start(1) > 0 && !stopWords.contains(b.group(1));
    }

    /** Whether a mention is a one-word unlinked person whose name is {@code word}: a given name the finder read alone. */
    private static boolean loneGivenName(Mention m, String word) {
        return m.entity().kind() == EntityKind.PERSON && !m.entity().linked() && m.surface().trim().equals(word)
                && m.entity().label().trim().equals(word);
    }
}
