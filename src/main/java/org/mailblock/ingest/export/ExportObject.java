package org.mailblock.ingest.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One object of a JSON export, read the way {@code ConvertTo-Json} writes values: property names in any
 * case, dates as {@code /Date(ms)/} or ISO text (or wrapped in a {@code value} object), booleans as JSON
 * or as {@code True}/{@code False}, lists as arrays or as one string. What cannot be read is reported in
 * {@link #notes()} and left out, never guessed.
 */
final class ExportObject {

    private static final Pattern MS_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private final Map<String, JsonNode> fields = new HashMap<>();
    private final String label;
    private final List<String> notes;

    ExportObject(JsonNode node, String label, List<String> notes) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        this.label = label;
        this.notes = notes;
    }

    static Set<String> propertyNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return names;
    }

    List<String> notes() {
        return notes;
    }

    /** How messages name this object ({@code object 3}). */
    String label() {
        return label;
    }

    /** The value as JSON, for values that are themselves JSON text (the audit log's AuditData); {@code null} when absent. */
    JsonNode raw(String name) {
        return node(name);
    }

    /** A nested object ({@code PrepaidUnits}); {@code null} when absent or not an object. */
    ExportObject object(String name) {
        JsonNode n = node(name);
        return n != null && n.isObject() ? new ExportObject(n, label + " " + name, notes) : null;
    }

    /** The objects of an array property ({@code VerifiedDomains}, {@code Members}); one object counts as an array of one; {@code null} when absent. */
    List<ExportObject> objects(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        List<ExportObject> out = new ArrayList<>();
        if (n.isObject()) {
            out.add(new ExportObject(n, label + " " + name, notes));
            return out;
        }
        if (!n.isArray()) {
            notes.add(label + ": " + name + " is not a list of objects; left out");
            return null;
        }
        int i = 0;
        for (JsonNode item : n) {
            i++;
            if (item.isObject()) {
                out.add(new ExportObject(item, label + " " + name + "[" + i + "]", notes));
            } else {
                notes.add(label + ": entry " + i + " of " + name + " is not an object; left out");
            }
        }
        return out;
    }

    /** The objects of an object property keyed by id (ScubaGear's {@code privileged_users}), in the file's order. */
    Map<String, ExportObject> keyedObjects(String name) {
        JsonNode n = node(name);
        if (n == null || !n.isObject()) {
            return null;
        }
        Map<String, ExportObject> out = new java.util.LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                out.put(e.getKey(), new ExportObject(e.getValue(), label + " " + name + "." + e.getKey(), notes));
            }
        });
        return out;
    }

    private JsonNode node(String name) {
        JsonNode n = fields.get(name.toLowerCase(Locale.ROOT));
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    String text(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n.isObject()) {
            // rich values (SmtpDomain, TlsCertificate ...) keep their text in one of these properties
            for (String inner : List.of("domain", "address", "certificatesubject", "value", "name")) {
                JsonNode v = n.get(inner) == null ? findIgnoringCase(n, inner) : n.get(inner);
                if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                    return v.asText().trim();
                }
            }
            notes.add(label + ": " + name + " is an object mailblock cannot read; left out");
            return null;
        }
        String text = n.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static JsonNode findIgnoringCase(JsonNode object, String name) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    Boolean bool(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String t = n.asText().trim();
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        notes.add(label + ": " + name + " is '" + t + "', not true or false; left out");
        return null;
    }

    /** A whole number, written as a JSON number or as text; anything else is left out with a note. */
    Long count(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n.isNumber() && n.canConvertToExactIntegral() && n.canConvertToLong()) {
            return n.longValue();
        }
        String t = n.asText().trim();
        if (t.matches("-?\\d{1,18}")) {
            return Long.valueOf(t);
        }
        notes.add(label + ": " + name + " is '" + t + "', not a whole number; left out");
        return null;
    }

    /** An enum value written as text; a number (ConvertTo-Json's form for enums in some versions) is left out. */
    String enumText(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            notes.add(label + ": " + name + " is the number " + n.asText() + ", not a name; left out "
                    + "(export with the value as text, for example Select-Object @{n='" + name + "';e={\"$($_." + name + ")\"}})");
            return null;
        }
        return text(name);
    }

    /**
     * A date-time. {@code /Date(ms)/} is UTC by definition; ISO text needs a zone unless {@code zonelessIsUtc}
     * (Graph and the *UTC properties are documented as UTC).
     */
    Instant instant(String name, boolean zonelessIsUtc) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n.isObject()) {
            JsonNode inner = findIgnoringCase(n, "value");
            n = inner != null ? inner : findIgnoringCase(n, "DateTime");
            if (n == null) {
                notes.add(label + ": " + name + " is an object without a date; left out");
                return null;
            }
        }
        String t = n.asText().trim();
        if (t.isEmpty()) {
            return null;
        }
        Matcher ms = MS_DATE.matcher(t);
        if (ms.matches()) {
            return inRange(name, t, msDate(ms.group(1)));
        }
        try {
            return inRange(name, t, OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException noZone) {
            try {
                LocalDateTime local = LocalDateTime.parse(t);
                if (zonelessIsUtc) {
                    return inRange(name, t, local.toInstant(ZoneOffset.UTC));
                }
                notes.add(label + ": " + name + " '" + t + "' has no time zone; left out");
                return null;
            } catch (DateTimeParseException unreadable) {
                notes.add(label + ": " + name + " '" + t + "' is not a date mailblock can read; left out");
                return null;
            }
        }
    }

    /** The milliseconds of a {@code /Date(ms)/}; {@code null} when they do not fit a long (more than 19 digits). */
    private static Instant msDate(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    /** A date a fact file can hold (years 1 to 9999, as ISO text writes them); anything else is left out with a note. */
    private Instant inRange(String name, String text, Instant at) {
        if (at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            notes.add(label + ": " + name + " '" + text + "' is outside the years 1 to 9999; left out");
            return null;
        }
        return at;
    }

    /** A list of texts: a JSON array, or one string such as {@code {a, b}} or {@code a b}. */
    List<String> texts(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode item : n) {
                if (item.isValueNode()) {
                    if (!item.asText().isBlank()) {
                        out.add(item.asText().trim());
                    }
                } else {
                    JsonNode inner = item.isObject() ? firstText(item, "expression", "address", "domain", "value") : null;
                    if (inner == null) {
                        notes.add(label + ": an entry of " + name + " is an object mailblock cannot read; " + name + " left out");
                        return null;
                    }
                    out.add(inner.asText().trim());
                }
            }
            return out;
        }
        String t = n.asText().trim();
        if (t.startsWith("Microsoft.") || t.startsWith("System.")) {
            notes.add(label + ": " + name + " was written as the type name '" + t + "' (ConvertTo-Json ran out of -Depth); left out");
            return null;
        }
        if (t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, t.length() - 1);
        }
        for (String part : t.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static JsonNode firstText(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode v = findIgnoringCase(object, name);
            if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                return v;
            }
        }
        return null;
    }
}
