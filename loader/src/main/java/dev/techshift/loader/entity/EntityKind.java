package dev.techshift.loader.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of registry entity, named by the IRI segment after {@code id/} (see the model contract).
 * <pre>
 *   EntityKind k = EntityKind.fromSegment("unit").orElseThrow();
 *   k.placeholder();   // UNIT
 * </pre>
 */
public enum EntityKind {
    ORG, UNIT, PERSON, PRODUCT, PLACE, MARKET, ROLE;

    /** The IRI segment: {@code org}, {@code unit}, ... */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The placeholder in rules: {@code ORG}, {@code UNIT}, ... */
    public String placeholder() {
        return name();
    }

    public static Optional<EntityKind> fromSegment(String segment) {
        for (EntityKind k : values()) {
            if (k.segment().equals(segment)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
