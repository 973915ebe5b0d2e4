package dev.techshift.loader.article;

import java.util.List;
import java.util.Optional;

/**
 * An article's metadata from its sidecar {@code {stem}.meta.json}.
 *
 * @param title          the title as printed (may be empty when unknown)
 * @param titleLanguage  BCP 47 tag of the title ({@code en}, {@code zh-Hans}, {@code zh-Hant})
 * @param publisher      who published it, as the source names itself, or empty
 * @param url            the article's URL when known
 * @param published      when it was published
 * @param languages      the languages present in the body, BCP 47 tags
 * @param encoding       the declared encoding: {@code UTF-8} (default), {@code GB18030} or {@code Big5}
 * @param inferred       true when there was no sidecar and this was inferred from the text
 */
public record ArticleMeta(String title, String titleLanguage, Optional<String> publisher, Optional<String> url,
                          PublicationDate published, List<String> languages, String encoding, boolean inferred) {
}
