package dev.techshift.server.library;

/**
 * One parameter a query file declares in its header, with its default written as in the file.
 * <pre>
 *   # @param period = &lt;http://localhost:3030/id/time/2024-H2&gt;  (the period IRI)
 *   new QueryParameter("period", "&lt;http://localhost:3030/id/time/2024-H2&gt;", "the period IRI")
 * </pre>
 *
 * @param name the variable name without {@code ?}
 * @param defaultValue the default in parameter syntax (see {@link ParamValue})
 * @param description what the parameter means, from the parentheses after the default
 */
public record QueryParameter(String name, String defaultValue, String description) {}
