package org.mailblock.serve;

import java.util.Locale;
import java.util.Map;
import org.mailblock.report.ReportFormat;

/**
 * The options of one diagnosis, as {@code mailblock diagnose} takes them on its command line.
 *
 * @param format   the report's format
 * @param language the report's language, or {@code null} for the server's default
 * @param redact   whether to replace addresses, names and domains by placeholders
 * @param explain  whether to add the trace of rule firings
 */
record RequestOptions(ReportFormat format, String language, boolean redact, boolean explain) {

    /** The JSON contract, in the default language, not redacted, without the trace. */
    static final RequestOptions DEFAULT = new RequestOptions(ReportFormat.JSON, null, false, false);

    /** An option that cannot be understood; answered 400. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** The options named in a query string or a form: {@code format}, {@code lang}, {@code redact}, {@code explain}. */
    static RequestOptions of(Map<String, String> given) throws BadOption {
        for (String name : given.keySet()) {
            if (!java.util.Set.of("format", "lang", "redact", "explain").contains(name)) {
                throw new BadOption("unknown option '" + name + "' (the options are format, lang, redact and explain)");
            }
        }
        String lang = given.get("lang");
        return new RequestOptions(format(given.get("format")), lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT),
                flag("redact", given.get("redact")), flag("explain", given.get("explain")));
    }

    private static ReportFormat format(String name) throws BadOption {
        if (name == null || name.isBlank()) {
            return ReportFormat.JSON;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> ReportFormat.JSON;
            case "text" -> ReportFormat.TEXT;
            case "markdown" -> ReportFormat.MARKDOWN;
            case "html" -> ReportFormat.HTML;
            default -> throw new BadOption("unknown format '" + name + "' (json, text, markdown or html)");
        };
    }

    private static boolean flag(String option, String value) throws BadOption {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new BadOption("option '" + option + "' is true or false, not '" + value + "'");
        };
    }

    /** The media type of the report. */
    String mediaType() {
        return switch (format) {
            case JSON, JSONL -> "application/json";
            case TEXT -> "text/plain; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
        };
    }
}
