package dev.techshift.server.web;

/**
 * Settings of the linked-data pages: the IRI base and where the SPARQL endpoint and UI live.
 * <pre>
 *   WebConfig cfg = WebConfig.defaults();
 *   WebConfig mine = new WebConfig("http://example.org/kg/", "/kg", "/ui/#/dataset/kg/query?query=");
 * </pre>
 *
 * @param base        the IRI base {@code B} every minted IRI starts with (ends with a slash)
 * @param endpoint    the path of the SPARQL query endpoint on this server, e.g. {@code /kg}
 * @param sparqlUiUrl a URL prefix to which the URL-encoded query text is appended to open it in a SPARQL UI
 * @param queries     the folder of the query library ({@code queries/}) shown at {@code /queries}
 *                    as examples that open in the SPARQL UI, or {@code null} for none
 */
public record WebConfig(String base, String endpoint, String sparqlUiUrl, java.nio.file.Path queries) {

    /** The default base, as in the model contract. */
    public static final String DEFAULT_BASE = dev.techshift.loader.LoaderOptions.DEFAULT_BASE;

    public WebConfig {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("The IRI base must end with a slash, but it is " + base + ".");
        }
    }

    /** Settings without a query library. */
    public WebConfig(String base, String endpoint, String sparqlUiUrl) {
        this(base, endpoint, sparqlUiUrl, null);
    }

    /** The same settings showing the query library of the given folder. */
    public WebConfig withQueries(java.nio.file.Path folder) {
        return new WebConfig(base, endpoint, sparqlUiUrl, folder);
    }

    /** The contract's default base, the endpoint {@code /kg} and the Fuseki UI's query page. */
    public static WebConfig defaults() {
        return withBase(DEFAULT_BASE);
    }

    /** The given base with the default endpoint and UI. */
    public static WebConfig withBase(String base) {
        return new WebConfig(base, "/kg", "/ui/#/dataset/kg/query?query=");
    }

    /** The IRI prefix of all dereferenceable resources: {@code B id/}. */
    public String idBase() {
        return base + "id/";
    }
}
