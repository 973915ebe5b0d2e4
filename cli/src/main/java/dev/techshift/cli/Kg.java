package dev.techshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command: the one entry point a user types.
 * <pre>
 *   ./kg build --dump out.nq
 *   ./kg serve
 * </pre>
 */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = KgVersion.class,
        description = "techshift: a knowledge graph of the technology industry built from news articles.%n",
        subcommands = {
            CommandLine.HelpCommand.class,
            BuildCommand.class,
            ValidateCommand.class,
            ServeCommand.class,
            BenchCommand.class,
        },
        footer = {
            "%nExamples:",
            "  ./kg build --dump out.nq     build the graph from data/ and write a sorted dump",
            "  ./kg serve                   build if needed, then serve SPARQL on http://localhost:3030/",
            "%nExit codes: 0 success, 1 the command ran but something failed (see its report), 2 bad usage."
        })
public final class Kg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the picocli command line; tests call {@code Kg.commandLine().execute(...)}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Kg());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
