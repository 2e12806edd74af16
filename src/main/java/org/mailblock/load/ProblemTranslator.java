package org.mailblock.load;

import org.mailblock.expect.Expected;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failure to read or bind a fact file into a problem worded for a support analyst, with
 * the line, column and field where it happened. Jackson and SnakeYAML wording, and the names of
 * their classes, never reach the user.
 */
final class ProblemTranslator {

    private static final Pattern NDR_CODE_PATH = Pattern.compile("ndrs\\[\\d+]\\.code");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
    private static final Pattern ALIAS_EVENT = Pattern.compile("AliasEvent\\(anchor=([^)]*)\\)");
    private static final Pattern JSON_CHARACTER_CODE = Pattern.compile(" \\(code -?\\d+\\)");
    private static final Pattern JSON_CHARACTER = Pattern.compile("\\(('[^']{1,2}')\\)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Pattern BOOLEAN_WORD = Pattern.compile("(?i)true|false");
    private static final Pattern YAML11_BOOLEAN_WORD = Pattern.compile("(?i)yes|no|on|off|y|n");
    private static final List<String> FOREIGN_WORDING = List.of("java.", "javax.", "com.fasterxml", "org.yaml", "`",
            "Exception", "Event(");

    private ProblemTranslator() {
    }

    /**
     * The problem behind a failure.
     *
     * @param source  the fact file being read
     * @param parser  the parser that was reading it, still standing where it failed; {@code null} if none was opened
     * @param failure what went wrong
     */
    static FactFileProblem translate(FactSource source, JsonParser parser, IOException failure) {
        String file = source.name();
        NotUtf8Exception notUtf8 = find(failure, NotUtf8Exception.class);
        if (notUtf8 != null) {
            return notUtf8Problem(source, notUtf8);
        }
        LineLengthLimit.LineTooLongException longLine = find(failure, LineLengthLimit.LineTooLongException.class);
        if (longLine != null) {
            return new FactFileProblem(file, longLine.line(), LineLengthLimit.MAX_LINE + 1, "", longLine.getMessage());
        }
        Position at = Position.of(parser, failure);
        String path = parser == null ? "" : ParserPaths.of(parser);
        FactValueException value = find(failure, FactValueException.class);
        if (value != null) {
            return at.problem(file, path, value.getOriginalMessage());
        }
        ReaderException unreadable = find(failure, ReaderException.class);
        if (unreadable != null) {
            return forbiddenCharacter(source, unreadable);
        }
        MarkedYAMLException syntax = find(failure, MarkedYAMLException.class);
        if (syntax != null) {
            return syntaxProblem(file, path, syntax, at);
        }
        StreamConstraintsException limit = find(failure, StreamConstraintsException.class);
        if (limit != null) {
            return at.problem(file, path, limitMessage(limit.getMessage()));
        }
        InputCoercionException outOfRange = find(failure, InputCoercionException.class);
        if (outOfRange != null && parser != null) {
            return at.problem(file, path, outOfRangeMessage(parser, outOfRange.getTargetType()));
        }
        MismatchedInputException mismatch = find(failure, MismatchedInputException.class);
        if (mismatch != null && mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
            return at.problem(file, "", "one fact file holds one object; more text follows it here: "
                    + "remove it or put it in a file of its own");
        }
        if (mismatch != null && parser != null && mismatch.getTargetType() != null) {
            return at.problem(file, path, mismatchMessage(parser, mismatch.getTargetType(), path));
        }
        JsonParseException parse = find(failure, JsonParseException.class);
        if (parse != null && parser != null) {
            String message = parseMessage(parse.getOriginalMessage());
            if (message == null && isJson(parser)) {
                return Position.ofFailure(parse, at).problem(file, path, jsonSyntaxMessage(parse.getOriginalMessage()));
            }
            if (message != null) {
                String problemPath = message.startsWith("duplicate")
                        ? ParserPaths.ofField(parser, duplicateName(parse))
                        : ParserPaths.ofMapping(parser);
                return at.problem(file, problemPath, message);
            }
        }
        YAMLException yaml = find(failure, YAMLException.class);
        if (yaml != null && yaml.getMessage() != null && yaml.getMessage().startsWith("Nesting Depth exceeded")) {
            return at.problem(file, path, nestingMessage());
        }
        if (!(failure instanceof JsonProcessingException)) {
            return new FactFileProblem(file, 0, 0, "", FileSource.unreadable(failure));
        }
        return at.problem(file, path, fallbackMessage(failure));
    }

    private static FactFileProblem notUtf8Problem(FactSource source, NotUtf8Exception notUtf8) {
        if (notUtf8.charsBefore() < 0) {
            return new FactFileProblem(source.name(), notUtf8.line(), notUtf8.column(), "", notUtf8.getMessage());
        }
        try (Reader text = source.open()) {
            TextPosition position = TextPosition.afterChars(text, notUtf8.charsBefore());
            return new FactFileProblem(source.name(), position.line(), position.column(), "", notUtf8.getMessage());
        } catch (IOException e) {
            return new FactFileProblem(source.name(), 0, 0, "", notUtf8.getMessage());
        }
    }

    private static FactFileProblem forbiddenCharacter(FactSource source, ReaderException failure) {
        int codePoint = failure.getCodePoint();
        String message = String.format("the file contains a character YAML does not allow (U+%04X)", codePoint)
                + (codePoint == 0 ? "; a file full of these is usually UTF-16: save it as UTF-8"
                : "; remove it, or write it as an escape inside double quotes");
        try (Reader text = source.open()) {
            TextPosition position = TextPosition.ofCodePoint(text, failure.getPosition());
            return new FactFileProblem(source.name(), position.line(), position.column(), "", message);
        } catch (IOException e) {
            return new FactFileProblem(source.name(), 0, 0, "", message);
        }
    }

    private static FactFileProblem syntaxProblem(String file, String path, MarkedYAMLException syntax, Position fallback) {
        Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
        Position at = mark == null ? fallback : new Position(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = syntax.getProblem() == null ? "" : syntax.getProblem();
        StringBuilder message = new StringBuilder("YAML syntax error: ")
                .append(isForeign(problem) ? "this cannot be read as YAML" : problem);
        Mark contextMark = syntax.getContextMark();
        if (syntax.getContext() != null && contextMark != null && !isForeign(syntax.getContext())) {
            message.append(" (").append(syntax.getContext()).append(" that starts at line ")
                    .append(contextMark.getLine() + 1).append(", column ").append(contextMark.getColumn() + 1).append(')');
        }
        message.append(syntaxHint(problem));
        return at.problem(file, path, message.toString());
    }

    private static String syntaxHint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "; a ': ' inside a value starts a mapping: put the value in quotes, or check the indentation";
        }
        if (problem.contains("could not find expected ':'")) {
            return "; write each field as 'name: value' and check the indentation";
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")) {
            return "; check that this line is indented like the lines it belongs with";
        }
        if (problem.contains("unexpected end of stream")) {
            return "; a quote or bracket is not closed";
        }
        return "";
    }

    private static String limitMessage(String detail) {
        String text = detail == null ? "" : detail;
        if (text.contains("nesting depth")) {
            return nestingMessage();
        }
        if (text.contains("String value length")) {
            return "a text value is longer than the limit of " + StreamReadConstraints.defaults().getMaxStringLength()
                    + " characters";
        }
        if (text.contains("Number value length")) {
            return "a number has more than " + StreamReadConstraints.defaults().getMaxNumberLength() + " digits";
        }
        return "the file exceeds a safety limit of the fact file reader here";
    }

    private static String nestingMessage() {
        return "lists and mappings are nested more than " + FactYaml.MAX_DEPTH
                + " levels deep here; a fact file needs only a few levels";
    }

    private static String outOfRangeMessage(JsonParser parser, Class<?> target) {
        String text = text(parser);
        boolean negative = text.startsWith("-");
        boolean isInt = target == Integer.TYPE || target == Integer.class;
        long limit = isInt ? (negative ? Integer.MIN_VALUE : Integer.MAX_VALUE) : (negative ? Long.MIN_VALUE : Long.MAX_VALUE);
        return "expected a whole number " + (negative ? "no smaller than " : "no larger than ") + limit
                + "; found the number " + text;
    }

    private static String mismatchMessage(JsonParser parser, Class<?> target, String path) {
        String found = found(parser);
        if (NDR_CODE_PATH.matcher(path).matches()) {
            return "expected an enhanced status code of the form d.d.d, for example 5.7.705; found " + found;
        }
        return "expected " + expectedFor(target) + "; found " + found + hint(parser, target);
    }

    private static String expectedFor(Class<?> target) {
        if (target == Boolean.class || target == Boolean.TYPE) {
            return "true or false";
        }
        if (isWholeNumber(target)) {
            return "a whole number";
        }
        if (target == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "a mapping";
        }
        return "a different kind of value";
    }

    private static String hint(JsonParser parser, Class<?> target) {
        JsonToken token = parser.currentToken();
        String text = token != null && token.isScalarValue() ? text(parser) : "";
        boolean quoted = token == JsonToken.VALUE_STRING;
        if (quoted && (target == Boolean.class || target == Boolean.TYPE) && BOOLEAN_WORD.matcher(text).matches()) {
            return " (write it without quotes)";
        }
        if (quoted && (target == Boolean.class || target == Boolean.TYPE) && YAML11_BOOLEAN_WORD.matcher(text).matches()) {
            return " (fact files read only true and false as yes-or-no values)";
        }
        if (quoted && isWholeNumber(target) && WHOLE_NUMBER.matcher(text).matches()) {
            return " (write it without quotes)";
        }
        if (target == String.class && token != null && token.isScalarValue() && !quoted) {
            return " (put it in quotes if it is meant as text)";
        }
        if (Collection.class.isAssignableFrom(target) && token == JsonToken.START_OBJECT) {
            return " (start each entry on its own line with '- ')";
        }
        if (Collection.class.isAssignableFrom(target) && token != null && token.isScalarValue()) {
            return " (write a list as [a, b], or one entry per line starting with '- ')";
        }
        return "";
    }

    private static boolean isWholeNumber(Class<?> target) {
        return target == Integer.class || target == Integer.TYPE || target == Long.class || target == Long.TYPE
                || target == Short.class || target == Short.TYPE;
    }

    /** The user's wording for a low-level parse failure, or {@code null} when it is not one of the known kinds. */
    private static String parseMessage(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (duplicate.matches()) {
            return "duplicate key " + Wording.quote(duplicate.group(1)) + ": a field may appear only once in a mapping";
        }
        Matcher alias = ALIAS_EVENT.matcher(detail);
        if (alias.find()) {
            return "YAML aliases (*" + alias.group(1) + ") are not supported in fact files; write the value out";
        }
        if (detail.startsWith("Expected a field name")) {
            return "a key must be plain text; a list or mapping cannot be a key";
        }
        return null;
    }

    private static String duplicateName(JsonParseException failure) {
        Matcher duplicate = DUPLICATE.matcher(failure.getOriginalMessage());
        return duplicate.matches() ? duplicate.group(1) : "";
    }

    private static boolean isJson(JsonParser parser) {
        return !(parser instanceof StrictYamlParser) && !(parser instanceof YAMLParser);
    }

    /** Jackson's description of a JSON syntax error, without its character codes and source excerpts. */
    private static String jsonSyntaxMessage(String detail) {
        String text = detail == null ? "" : detail.lines().findFirst().orElse("");
        text = JSON_CHARACTER_CODE.matcher(text).replaceAll("");
        text = JSON_CHARACTER.matcher(text).replaceAll("$1");
        int marker = text.indexOf(" (start marker");
        if (marker >= 0) {
            text = text.substring(0, marker);
        }
        if (text.isBlank() || isForeign(text)) {
            return "JSON syntax error: this cannot be read as JSON";
        }
        return "JSON syntax error: " + Character.toLowerCase(text.charAt(0)) + text.substring(1)
                + (text.contains("end-of-input") ? "; a quote, brace or bracket is not closed" : "");
    }

    private static String fallbackMessage(IOException failure) {
        String detail = failure instanceof JsonProcessingException processing ? processing.getOriginalMessage() : null;
        if (detail == null || detail.isBlank() || isForeign(detail)) {
            return "this cannot be read as part of a fact file; check the YAML around this position";
        }
        return "this cannot be read as part of a fact file: " + detail;
    }

    private static boolean isForeign(String text) {
        return FOREIGN_WORDING.stream().anyMatch(text::contains);
    }

    private static String found(JsonParser parser) {
        try {
            return Wording.found(parser);
        } catch (IOException e) {
            return "a value that cannot be shown";
        }
    }

    private static String text(JsonParser parser) {
        try {
            String text = parser.getText();
            return text == null ? "" : text;
        } catch (IOException e) {
            return "";
        }
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A 1-based line and column. */
    private record Position(int line, int column) {

        /** Where the parser stands, or failing that where the failure says it happened. */
        static Position of(JsonParser parser, IOException failure) {
            JsonLocation location = parser == null ? null : parser.currentTokenLocation();
            if ((location == null || location.getLineNr() < 1) && failure instanceof JsonProcessingException processing) {
                location = processing.getLocation();
            }
            if (location == null || location.getLineNr() < 1) {
                return new Position(1, 1);
            }
            return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }

        /** Where the failure says it happened, which for a syntax error is nearer than the last token read. */
        static Position ofFailure(JsonProcessingException failure, Position fallback) {
            JsonLocation location = failure.getLocation();
            if (location == null || location.getLineNr() < 1) {
                return fallback;
            }
            return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }

        FactFileProblem problem(String file, String path, String message) {
            return new FactFileProblem(file, line, column, path, message);
        }
    }
}
