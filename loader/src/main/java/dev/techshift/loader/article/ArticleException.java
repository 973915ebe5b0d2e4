package dev.techshift.loader.article;

import java.nio.file.Path;

/**
 * An article that cannot be read: the message names the file, where, and what is wrong,
 * as a sentence a person reads ({@code "data/articles/x.meta.json, field 'published': ..."}).
 */
public class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ArticleException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public ArticleException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
