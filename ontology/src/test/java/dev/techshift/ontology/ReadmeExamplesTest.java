package dev.techshift.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The worked examples in README.md are real Turtle and SPARQL: they parse. */
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```(turtle|sparql)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void workedExamplesParse() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String worked = readme.substring(readme.indexOf("## Worked examples"));
        List<String> turtle = new ArrayList<>();
        List<String> sparql = new ArrayList<>();
        Matcher m = BLOCK.matcher(worked);
        while (m.find()) {
            (m.group(1).equals("turtle") ? turtle : sparql).add(m.group(2));
        }
        assertEquals(4, turtle.size(), "a prefix block and three worked examples");
        String prefixes = turtle.get(0);
        for (String example : turtle.subList(1, turtle.size())) {
            Graph g = RDFParser.fromString(prefixes + example, Lang.TURTLE).toGraph();
            assertTrue(g.size() > 10, "a worked example should say something: " + example);
        }
        assertEquals(1, sparql.size());
        QueryFactory.create(sparql.get(0));
    }
}
