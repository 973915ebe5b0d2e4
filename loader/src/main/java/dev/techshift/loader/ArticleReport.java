package dev.techshift.loader;

import java.util.List;
import java.util.Map;

/**
 * What happened to one article in a build: loaded, unchanged, a duplicate, removed or failed, with counts.
 * <pre>
 *   for (ArticleReport r : report.articles()) System.out.println(r.stem() + " " + r.status());
 *   r.facts().get("closure");
 * </pre>
 *
 * @param stem       the article's stem (file name without .txt)
 * @param status     what happened
 * @param sentences  sentences read
 * @param linked     mentions linked to the registry
 * @param unlinked   mentions of unlinked entities
 * @param facts      distinct facts per family
 * @param statements statements written
 * @param warnings   what was noticed, as sentences
 * @param error      why it failed, as a sentence, or empty
 * @param millis     time spent on it
 */
public record ArticleReport(String stem, Status status, int sentences, int linked, int unlinked, Map<String, Integer> facts,
                            int statements, List<String> warnings, String error, long millis) {

    /** What happened to an article. */
    public enum Status { LOADED, UNCHANGED, DUPLICATE, REMOVED, FAILED }

    public static ArticleReport failed(String stem, String error, long millis) {
        return new ArticleReport(stem, Status.FAILED, 0, 0, 0, Map.of(), 0, List.of(), error, millis);
    }

    public int factCount() {
        return facts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
