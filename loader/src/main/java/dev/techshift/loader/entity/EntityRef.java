package dev.techshift.loader.entity;

/**
 * An entity a mention can refer to: a registry entry or an unlinked entity found in text.
 * <pre>
 *   EntityRef r = new EntityRef("http://localhost:3030/id/org/ibm", EntityKind.ORG, "IBM", true);
 *   r.placeholder();   // ORG
 * </pre>
 *
 * @param iri    the entity's IRI
 * @param kind   what kind of thing it is
 * @param label  a display label (English when the registry has one)
 * @param linked true for registry entities, false for unlinked ones
 * @param parent for an unlinked unit of a registry organisation ("SAP Greater China", "思爱普大中华区"), that
 *               organisation's IRI; null otherwise
 * @param location for an unlinked site ("SAP大连研发中心"), the place it is named by; null otherwise
 */
public record EntityRef(String iri, EntityKind kind, String label, boolean linked, String parent, String location) {

    public EntityRef(String iri, EntityKind kind, String label, boolean linked) {
        this(iri, kind, label, linked, null, null);
    }

    public EntityRef(String iri, EntityKind kind, String label, boolean linked, String parent) {
        this(iri, kind, label, linked, parent, null);
    }

    /** The placeholder that stands for this entity in a rule's typed view of a sentence. */
    public String placeholder() {
        return kind.placeholder();
    }
}
