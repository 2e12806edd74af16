package org.mailblock.cli;

import java.nio.file.Path;
import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactPatch;
import org.mailblock.whatif.QuestionRanking;
import org.mailblock.whatif.WhatIf;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The what-if options: facts to assume on top of the fact file, and ranking the questions by their answers. */
final class AssumeOptions {

    @Option(names = "--assume", paramLabel = "PATH=VALUE",
            description = "Assume a fact, as if the fact file said so (the file is not changed), and show what it changes: "
                    + "for example admins[upn=helpdesk@contoso.com].mfa=true, subscription.status=Enabled, "
                    + "'connectors[+]={name: Relay, direction: inbound, recognized: false}', or outbound.bulkMail=null for unknown. "
                    + "A list's entries are picked by [n], [field=value] (added when none matches), [*] or [+] (a new one). Repeatable.")
    List<String> expressions = List.of();

    @Option(names = "--assume-file", paramLabel = "PATCH",
            description = "Assume the facts of a patch file: a YAML mapping of such paths to values. Repeatable; applied before --assume.")
    List<Path> files = List.of();

    @Option(names = "--rank-questions",
            description = "Rank the questions by what their typical answers (declared in the catalogue) would change: the leading "
                    + "cause or the readiness of the Support request first, then a step's status, then a confidence; each answer "
                    + "says in one line what it would change. A question no answer changes comes last, marked.")
    boolean rank;

    /** Whether any what-if option was given. */
    boolean any() {
        return rank || !expressions.isEmpty() || !files.isEmpty();
    }

    /** The assumptions, patch files first, in the order given. */
    FactPatch patch() throws FactFileException {
        FactPatch out = FactPatch.NONE;
        for (Path f : files) {
            out = out.plus(FactPatch.read(f));
        }
        for (String e : expressions) {
            out = out.plus(FactPatch.expression(e));
        }
        return out;
    }

    /** A diagnosis together with the facts it was made from, which the reports' timelines draw on. */
    record Result(Diagnosis diagnosis, TenantFacts facts) {
    }

    /**
     * Loads the fact file (a path, or - for standard input), diagnoses it with the assumptions and, when asked, ranks its questions.
     *
     * @throws FactFileException when the file or an assumption is invalid
     * @throws RuleBaseException when the rules do not compile
     */
    Result diagnose(CommandLine cli, ReportSetup setup, Path input, java.io.InputStream stdin, DiagnoseOptions options)
            throws FactFileException, RuleBaseException {
        FactPatch patch = patch();
        AssumableFacts file = FactInput.isStdin(input) ? FactFileLoader.standard().assumable(FactInput.STDIN_NAME, stdin)
                : FactFileLoader.standard().assumable(input);
        setup.prepare(cli);
        try {
            Diagnosis d = WhatIf.diagnose(setup.engine, file, patch, options);
            if (rank) {
                d = new QuestionRanking(setup.engine).rank(d, file, patch);
            }
            return new Result(d, file.assuming(patch).facts());
        } catch (KnowledgeException | InvalidFactsException e) {
            throw new InFactFile(file.original().source(), e);
        }
    }
}
