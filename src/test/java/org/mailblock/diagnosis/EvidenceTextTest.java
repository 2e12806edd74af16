package org.mailblock.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {

    private static final Map<String, String> BUNDLE = new HashMap<>(Map.of(
            "age.days", "{n} days", "age.hours", "{n} hours", "age.minutes", "{n} minutes", "age.minute", "1 minute",
            "value.no-code", "(no code)"));

    private static String render(String template, Map<String, Object> args) {
        BUNDLE.put("evidence.k", template);
        return EvidenceText.render("k", args, BUNDLE::get);
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesShow() {
        Map<String, Object> args = new HashMap<>();
        args.put("user", "ann@contoso.com");
        args.put("code", null);
        args.put("age", Duration.ofDays(3));
        assertThat(render("{user} sent {code} mail {age} ago; {other} stays", args))
                .isEqualTo("ann@contoso.com sent (no code) mail 3 days ago; {other} stays");
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsWritten() {
        Map<String, Object> args = Map.of("a", "x", "b", "y");
        assertThat(render("{a {a} {} {1} {a_b} {{b}} {a}{b}} {b", args)).isEqualTo("{a x {} {1} {a_b} {y} xy} {b");
        assertThat(render("no braces at all", args)).isEqualTo("no braces at all");
        assertThat(render("ends open {a", args)).isEqualTo("ends open {a");
    }

    @Test
    void aValueIsNeverReadAsAPlaceholderAgain() {
        assertThat(render("{a} and {b}", Map.of("a", "{b}", "b", "$1\\"))).isEqualTo("{b} and $1\\");
    }

    @Test
    void fillsExactlyLikeThePlaceholderPatternOnTrickyTemplates() {
        Map<String, Object> args = Map.of("n", 2, "user", "u@x", "count", 1);
        String[] templates = {"{user}", "{{user}}", "{ user}", "{user }", "{user}{user}", "x{count, plural, one {# {user}} other {# users}}y",
            "{count, plural, one {#} other {#}", "{userX}", "}{user}{", "{Üser}", "{user}}"};
        for (String template : templates) {
            assertThat(render(template, args)).as(template).isEqualTo(byPattern(template, args));
        }
    }

    /** What the text was before the placeholders were found without a regular expression. */
    private static String byPattern(String template, Map<String, Object> args) {
        UnaryOperator<String> texts = BUNDLE::get;
        Matcher m = EvidenceText.PLACEHOLDER.matcher(PluralText.expand(template, args::get));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String replacement = value == null && !args.containsKey(m.group(1)) ? m.group() : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
