package org.mailblock.serve;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.ingest.BounceInput;
import org.mailblock.ingest.FactFileWriter;
import org.mailblock.ingest.FactImporter;
import org.mailblock.ingest.ImportResult;
import org.mailblock.ingest.InputProblem;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;
import org.mailblock.report.Html;
import org.mailblock.report.ReportFormat;

/**
 * The analysts' page at {@code /}: a form for a fact file or bounce messages, and on submitting it the
 * HTML report below the form, or the input's problems right beside it. Server-rendered, no script;
 * every value shown is escaped; nothing that was sent is kept.
 */
final class AnalystPage {

    private static final String IMPORTED = "imported facts";

    private final long maxBodyBytes;
    private final FactFileLoader loader = FactFileLoader.standard();

    AnalystPage(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** What the form shows again after a submit, so that the analyst can fix the input and send it again. */
    record Filled(String input, PageInput.Kind kind, String tenant, String collectedAt, String language, boolean redact) {
        static final Filled EMPTY = new Filled("", PageInput.Kind.AUTO, "", "", "", false);
    }

    /** What is shown below the form. */
    private record Outcome(int status, List<String> problems, List<String> notes, EmbeddedReport report, String importedFacts) {
        static Outcome problems(int status, List<String> problems) {
            return new Outcome(status, problems, List.of(), null, null);
        }
    }

    /** The languages the rules that serve speak; English alone while none compiled. */
    private static List<String> languages(RulesState state) {
        return state instanceof RulesState.Ready ready ? List.copyOf(ready.rules().bundles().languages()) : List.of("en");
    }

    /** {@code GET /}: the empty form. */
    Answer form(RulesState state) {
        return html(200, Filled.EMPTY, languages(state), null);
    }

    /** The answer when the server is too busy to diagnose. */
    Answer busy(RulesState state) {
        return html(503, Filled.EMPTY, languages(state), Outcome.problems(503, List.of("The server is busy; send the form again in a moment.")));
    }

    /** The answer to a form larger than the server takes. */
    Answer tooLarge(RulesState state, long limit) {
        return html(413, Filled.EMPTY, languages(state), Outcome.problems(413, List.of("What was sent is larger than "
                + limit + " bytes, the limit of this server. Send fewer or smaller files, or run mailblock diagnose on the command line.")));
    }

    /** {@code POST /}: diagnoses what the form holds. */
    Handled submit(RulesState state, String mediaType, String contentType, byte[] body) {
        PageForm form;
        try {
            form = PageForm.parse(mediaType, contentType == null ? "" : contentType, body);
        } catch (PageForm.BadForm e) {
            return Handled.refused(html(400, Filled.EMPTY, languages(state), Outcome.problems(400, List.of(e.getMessage()))),
                    "bad-request", null);
        }
        Filled filled = new Filled(form.field("input"), PageInput.kind(form.field("kind")), form.field("tenant").strip(),
                form.field("collectedAt").strip(), form.field("lang").strip(), !form.field("redact").isEmpty());
        if (state instanceof RulesState.Broken broken) {
            List<String> shown = new ArrayList<>(List.of("The rule base does not compile, so nothing can be diagnosed until it does:"));
            broken.problems().stream().map(RuleProblem::format).forEach(shown::add);
            return Handled.refused(html(503, filled, languages(state), Outcome.problems(503, shown)), "rules-do-not-compile", null);
        }
        LoadedRules rules = ((RulesState.Ready) state).rules();
        List<String> languages = List.copyOf(rules.bundles().languages());
        String rulesHash = rules.engine().info().rulesHash();
        RequestOptions options = new RequestOptions(ReportFormat.HTML, filled.language().isEmpty() ? null : filled.language(),
                filled.redact(), false);
        try {
            Diagnoser.messages(rules, options.language());
        } catch (RequestOptions.BadOption e) {
            return refused(400, filled, languages, List.of(e.getMessage()), rulesHash);
        }

        List<PageInput> inputs = new ArrayList<>();
        if (!filled.input().isBlank()) {
            inputs.add(new PageInput(PageInput.PASTED, filled.input().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        form.files().forEach(f -> inputs.add(new PageInput(f.name(), f.bytes())));
        if (inputs.isEmpty()) {
            return refused(400, filled, languages, List.of("Paste a fact file or a bounce message, or choose a file."), rulesHash);
        }
        List<PageInput> factFiles = inputs.stream().filter(i -> i.isFactFile(filled.kind())).toList();
        if (!factFiles.isEmpty() && (factFiles.size() > 1 || inputs.size() > 1)) {
            return refused(400, filled, languages, List.of("Send one fact file at a time, or only bounce messages (any number): "
                    + "a fact file and other inputs cannot be merged here."), rulesHash);
        }

        FactFile file;
        List<String> notes = new ArrayList<>();
        String importedFacts = null;
        if (!factFiles.isEmpty()) {
            PageInput only = factFiles.get(0);
            try {
                file = loader.load(only.name(), new ByteArrayInputStream(only.bytes()));
            } catch (FactFileException e) {
                return refused(400, filled, languages, problems(e.problems()), rulesHash);
            }
        } else {
            Instant at = null;
            if (!filled.collectedAt().isEmpty()) {
                try {
                    at = OffsetDateTime.parse(filled.collectedAt()).toInstant();
                } catch (DateTimeParseException e) {
                    return refused(400, filled, languages, List.of("Collected at: '" + filled.collectedAt()
                            + "' is not an ISO date-time with a zone, for example 2026-11-20T10:00:00Z."), rulesHash);
                }
            }
            List<BounceInput> messages = inputs.stream().map(i -> new BounceInput(i.name(), i.bytes())).toList();
            ImportResult imported = new FactImporter().importMessages(messages, at, filled.tenant().isEmpty() ? null : filled.tenant());
            List<String> trouble = new ArrayList<>();
            imported.problems().stream().map(InputProblem::format).forEach(trouble::add);
            if (!imported.complete()) {
                imported.blockers().stream().map(AnalystPage::inFieldWords).forEach(trouble::add);
                return refused(400, filled, languages, trouble, rulesHash);
            }
            notes.addAll(trouble);
            imported.warnings().forEach(w -> notes.add("warning: " + w));
            String yaml = FactFileWriter.write(imported);
            try {
                file = loader.load(IMPORTED, yaml);
            } catch (FactFileException e) {
                List<String> broken = new ArrayList<>(problems(e.problems()));
                broken.add("The values imported from the bounce break the fact file format (above); nothing was diagnosed.");
                return refused(400, filled, languages, broken, rulesHash);
            }
            // a redacted report must not sit beside the names it hides
            importedFacts = filled.redact() ? null : yaml;
        }
        try {
            Diagnoser.Rendered r = Diagnoser.run(rules, file, options);
            Outcome shown = new Outcome(200, List.of(), notes, EmbeddedReport.of(r.report()), importedFacts);
            return Handled.diagnosed(html(200, filled, languages, shown), r.diagnosis(), r.tenant());
        } catch (RequestOptions.BadOption e) {
            return refused(400, filled, languages, List.of(e.getMessage()), rulesHash);
        } catch (InvalidFactsException e) {
            return refused(400, filled, languages, problems(ApiJson.withoutPosition(file.source(), e.problems())), rulesHash);
        } catch (KnowledgeException e) {
            return Handled.refused(html(500, filled, languages, Outcome.problems(500, List.of("The rule base broke while diagnosing: "
                    + e.getMessage()))), "error", rulesHash);
        }
    }

    private Handled refused(int status, Filled filled, List<String> languages, List<String> problems, String rulesHash) {
        String outcome = status == 400 ? "invalid-facts" : "error";
        return Handled.refused(html(status, filled, languages, Outcome.problems(status, problems)), outcome, rulesHash);
    }

    private static List<String> problems(List<FactFileProblem> problems) {
        return problems.stream().map(FactFileProblem::format).toList();
    }

    /** The importer speaks of the command line's options; the page has fields for them. */
    private static String inFieldWords(String blocker) {
        return blocker.replace("give it with --tenant", "give it in the field Tenant")
                .replace("give the collection time with --collected-at", "give the collection time in the field Collected at")
                .replace("name bounce messages with 'ndr'", "paste a bounce message or choose its file");
    }

    private Answer html(int status, Filled filled, List<String> languages, Outcome outcome) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mailblock: why is this tenant blocked from sending?</title>\n<style>\n")
                .append(PAGE_CSS);
        if (outcome != null && outcome.report() != null) {
            out.append("\n/* the report's own style */\n").append(outcome.report().style());
        }
        out.append("</style>\n</head>\n<body>\n<main>\n<h1>Why is this tenant blocked from sending?</h1>\n")
                .append("<p class=\"lead\">Paste a fact file (YAML or JSON) or bounce messages (.eml, the .msg text, or the NDR text copied "
                        + "from Outlook), or choose their files, and read the diagnosis: the leading cause, the plan in order, "
                        + "the commands, and the questions still open. Nothing you send is kept.</p>\n")
                .append("<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\" accept-charset=\"utf-8\">\n")
                .append("<div class=\"input\">\n<label for=\"input\">Fact file or bounce message</label>\n")
                .append("<textarea id=\"input\" name=\"input\" rows=\"14\" spellcheck=\"false\"");
        boolean failed = outcome != null && !outcome.problems().isEmpty();
        if (failed) {
            out.append(" aria-invalid=\"true\" aria-describedby=\"input-problems\"");
        }
        out.append(">").append(Html.escape(filled.input())).append("</textarea>\n");
        if (failed) {
            out.append("<div id=\"input-problems\" class=\"problems\" role=\"alert\">\n<p><strong>Nothing was diagnosed:</strong></p>\n<ul>\n");
            outcome.problems().forEach(p -> out.append("<li>").append(Html.escape(p)).append("</li>\n"));
            out.append("</ul>\n</div>\n");
        }
        out.append("<label for=\"files\">or files (one fact file, or any number of bounce messages; you may drop them here)</label>\n")
                .append("<input type=\"file\" id=\"files\" name=\"files\" multiple accept=\".yaml,.yml,.json,.eml,.msg,.txt,text/plain,message/rfc822\">\n")
                .append("</div>\n<fieldset>\n<legend>Options</legend>\n<p class=\"kind\">Take the input as: ");
        for (PageInput.Kind k : PageInput.Kind.values()) {
            String value = k.name().toLowerCase(java.util.Locale.ROOT);
            String label = switch (k) {
                case AUTO -> "recognize it";
                case FACTS -> "a fact file";
                case BOUNCE -> "bounce messages";
            };
            out.append("<label><input type=\"radio\" name=\"kind\" value=\"").append(value).append('"')
                    .append(filled.kind() == k ? " checked" : "").append("> ").append(label).append("</label> ");
        }
        out.append("</p>\n<p class=\"hint\">For bounce messages only: the tenant and the time the bounces were collected, "
                        + "when the messages do not say (by default the tenant is the *.onmicrosoft.com domain found in them, else the "
                        + "sender's domain, and the time is the newest date in them).</p>\n")
                .append("<label for=\"tenant\">Tenant</label> <input type=\"text\" id=\"tenant\" name=\"tenant\" placeholder=\"contoso.onmicrosoft.com\" value=\"")
                .append(Html.escape(filled.tenant())).append("\">\n")
                .append("<label for=\"collectedAt\">Collected at</label> <input type=\"text\" id=\"collectedAt\" name=\"collectedAt\" "
                        + "placeholder=\"2026-11-20T10:00:00Z\" value=\"").append(Html.escape(filled.collectedAt())).append("\">\n")
                .append("<label for=\"lang\">Language</label> <select id=\"lang\" name=\"lang\">\n");
        for (String language : languages) {
            out.append("<option value=\"").append(Html.escape(language)).append('"')
                    .append(language.equals(filled.language()) ? " selected" : "").append('>').append(Html.escape(language)).append("</option>\n");
        }
        out.append("</select>\n<label><input type=\"checkbox\" id=\"redact\" name=\"redact\" value=\"on\"")
                .append(filled.redact() ? " checked" : "")
                .append("> redact addresses, names and domains</label>\n</fieldset>\n")
                .append("<p><button type=\"submit\" id=\"diagnose\">Diagnose</button></p>\n</form>\n");
        if (outcome != null && !outcome.notes().isEmpty()) {
            out.append("<div id=\"notes\" class=\"notes\">\n<p>While importing:</p>\n<ul>\n");
            outcome.notes().forEach(n -> out.append("<li>").append(Html.escape(n)).append("</li>\n"));
            out.append("</ul>\n</div>\n");
        }
        out.append("</main>\n");
        if (outcome != null && outcome.report() != null) {
            out.append("<div id=\"report\" class=\"report\">\n").append(outcome.report().body()).append("</div>\n");
            if (outcome.importedFacts() != null) {
                out.append("<details id=\"imported\"><summary>The fact file made from the bounce messages</summary>\n<pre>")
                        .append(Html.escape(outcome.importedFacts())).append("</pre>\n</details>\n");
            }
        }
        out.append("</body>\n</html>\n");
        return Answer.text(status, "text/html; charset=utf-8", out.toString());
    }

    private static final String PAGE_CSS = """
            main { max-width: 60rem; margin: 1rem auto; font-family: system-ui, sans-serif; }
            main label { display: block; margin-top: .6rem; font-weight: 600; }
            main .kind label, main fieldset label:has(input[type=checkbox]) { display: inline; font-weight: normal; }
            main textarea { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: .85rem; }
            main .problems { border-left: 4px solid #b00020; background: #fdecee; padding: .2rem 1rem; margin: .4rem 0; }
            main .problems li { font-family: ui-monospace, monospace; white-space: pre-wrap; }
            main .notes { border-left: 4px solid #8a6d00; background: #fff8e1; padding: .2rem 1rem; }
            main .hint, main .lead { color: #444; }
            main fieldset { margin-top: 1rem; }
            main button { font-size: 1rem; padding: .4rem 1.2rem; margin-top: .6rem; }
            #imported pre { white-space: pre-wrap; }
            """;
}
