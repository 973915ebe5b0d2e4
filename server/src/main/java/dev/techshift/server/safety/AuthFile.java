package dev.techshift.server.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A password file: one {@code user:password} a line; blank lines and lines starting with
 * {@code #} are ignored. The same file is handed to Jetty's login service.
 * <pre>
 *   List&lt;String&gt; users = AuthFile.users(Path.of("users.txt"));
 * </pre>
 */
public final class AuthFile {

    private AuthFile() {}

    /** The user names in the file; a malformed line is an error naming the file and line. */
    public static List<String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the password file " + file + ": " + e.getMessage(), e);
        }
        List<String> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new IllegalArgumentException("The password file " + file + " line " + (i + 1)
                        + " is not of the form user:password.");
            }
            users.add(line.substring(0, colon).strip());
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("The password file " + file + " names no user; add a line user:password.");
        }
        return users;
    }
}
