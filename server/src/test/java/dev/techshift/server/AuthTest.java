package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a password file, update needs HTTP Basic credentials; reading stays open. */
class AuthTest {

    private static final String UPDATE =
            "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> <http://example.org/y> 1 } }";
    private static final String ASK = "ASK { <http://example.org/x> ?p ?o }";

    @Test
    void updateNeedsCredentials(@TempDir Path tmp) throws Exception {
        Path auth = tmp.resolve("users.txt");
        Files.writeString(auth, "# editors\neditor:s3cret\n");
        KgServer server = KgServer.builder(Fixtures.store(tmp, "gen-a.trig")).port(0).authFile(auth).build().start();
        try {
            String endpoint = server.endpoint();
            HttpResponse<String> anonymous = Http.post(endpoint + "/update", "application/sparql-update", UPDATE, null, null);
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> anonymousRoot = Http.post(endpoint, "application/sparql-update", UPDATE, null, null);
            assertTrue(anonymousRoot.statusCode() >= 400 && anonymousRoot.statusCode() < 500);
            HttpResponse<String> wrong = Http.post(endpoint + "/update", "application/sparql-update", UPDATE, "editor", "wrong");
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> upload = Http.post(endpoint + "/data?graph=http://example.org/g", "text/turtle",
                    "<http://example.org/x> <http://example.org/y> 2 .", null, null);
            assertEquals(401, upload.statusCode());
            HttpResponse<String> before = Http.query(endpoint, ASK, "text/csv");
            assertEquals(200, before.statusCode(), "reading needs no credentials");
            assertTrue(before.body().contains("false"), "unchanged after refused requests");

            HttpResponse<String> ok = Http.post(endpoint + "/update", "application/sparql-update", UPDATE, "editor", "s3cret");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok::body);
            HttpResponse<String> read = Http.query(endpoint, ASK, "text/csv");
            assertEquals(200, read.statusCode());
            assertTrue(read.body().contains("true"), "visible after the authorised update");
        } finally {
            server.stop();
        }
    }
}
