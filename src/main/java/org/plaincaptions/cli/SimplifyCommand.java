package org.plaincaptions.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plaincaptions.plain.PlainRewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Standard input lines to plain-language lines, one for one. */
@Command(name = "simplify",
        description = "Rewrite text into plain words: one line in, one line out (reads standard input).")
public final class SimplifyCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;


    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Extra glossary CSV, after the built-in one; repeat for more, later ones win.")
    List<Path> glossaries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PlainRewriter rewriter = Checks.plainStage(glossaries);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        String line;
        while ((line = in.readLine()) != null) {
            out.println(line.isBlank() ? "" : rewriter.rewriteFinal(line).plain());
        }
        out.flush();
        return 0;
    }
}
