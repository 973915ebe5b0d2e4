package dev.techshift.loader.article;

import java.util.Optional;

/**
 * When an article was published, as far as anyone knows.
 *
 * @param value  ISO 8601 text: {@code 2025-07-23T09:50:44}, {@code 2025-07-23}, or empty when unknown
 * @param status whether the date is stated by the source, inferred (with a basis), or unknown
 * @param basis  for an inferred date, what it was inferred from
 */
public record PublicationDate(Optional<String> value, Status status, Optional<String> basis) {

    /** How a publication date is known. */
    public enum Status { STATED, INFERRED, UNKNOWN }

    public static PublicationDate unknown() {
        return new PublicationDate(Optional.empty(), Status.UNKNOWN, Optional.empty());
    }

    /** The date part (first 10 characters) when a value is known. */
    public Optional<java.time.LocalDate> date() {
        return value.map(v -> java.time.LocalDate.parse(v.substring(0, 10)));
    }
}
