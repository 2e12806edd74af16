package org.mailblock.ingest.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.facts.Direction;

/**
 * Maps the Exchange Online exports about mail flow and its abuse: restricted connectors, inbox rules, the audit
 * log's connector changes, the Tenant Allow/Block List and the grouped message trace.
 */
final class MailFlowExports {

    private static final Pattern CONNECTOR_CMDLET = Pattern.compile("^(New|Set|Remove)-(Inbound|Outbound)Connector$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SMTP_IN_BRACKETS = Pattern.compile("\\[smtp:([^]\\s]+)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_ADDRESS = Pattern.compile("^(?:smtp:)?([^\\s\"<>\\[\\]]+@[^\\s\"<>\\[\\]]+)$", Pattern.CASE_INSENSITIVE);

    // AuditData is JSON inside a JSON string; the same limits as for the file hold for it
    private static final ObjectMapper AUDIT_DATA = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private MailFlowExports() {
    }

    static void blockedConnector(ExportObject o, ExportAccumulator into) {
        String id = o.text("ConnectorId");
        String name = o.text("ConnectorName");
        if (id == null && name == null) {
            o.notes().add(o.label() + ": a blocked connector without ConnectorId or ConnectorName; skipped");
            return;
        }
        into.blockedConnectors.add(new BlockedConnector(id == null ? null : id.toLowerCase(Locale.ROOT), name));
        into.seen(o.instant("ChangedDatetime", true));
        into.seen(o.instant("CreatedDatetime", true));
    }

    static void inboxRule(ExportObject o, ExportAccumulator into) {
        String mailbox = o.text("MailboxOwnerId");
        String rule = o.text("Name") != null ? o.text("Name") : o.text("Identity");
        if (mailbox == null || rule == null) {
            o.notes().add(o.label() + ": an inbox rule without MailboxOwnerId or Name; skipped");
            return;
        }
        List<String> addresses = new ArrayList<>();
        for (String property : List.of("ForwardTo", "ForwardAsAttachmentTo", "RedirectTo")) {
            for (String recipient : recipients(o.raw(property))) {
                String address = smtpAddress(recipient);
                if (address == null) {
                    o.notes().add("inbox rule '" + rule + "' of " + mailbox + ": " + property + " '" + recipient
                            + "' is no SMTP address (a recipient in the directory, internal); left out");
                } else if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            }
        }
        into.inboxRules.add(new InboxRuleForwarding(mailbox, rule, o.bool("Enabled"), addresses));
    }

    /** The entries of a recipient list: an array of texts, or one text. */
    private static List<String> recipients(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.asText().isBlank()) {
                    out.add(item.asText().trim());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            out.add(value.asText().trim());
        }
        return out;
    }

    /** {@code "Mallory" [SMTP:mallory@example.net]}, {@code smtp:x@y} or {@code x@y} give the address; {@code [EX:/o=...]} gives none. */
    static String smtpAddress(String recipient) {
        Matcher bracket = SMTP_IN_BRACKETS.matcher(recipient);
        if (bracket.find()) {
            return bracket.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher bare = BARE_ADDRESS.matcher(recipient.trim());
        return bare.matches() ? bare.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static void connectorChange(ExportObject o, ExportAccumulator into) {
        String operation = o.text("Operations");
        Matcher cmdlet = operation == null ? null : CONNECTOR_CMDLET.matcher(operation);
        if (cmdlet == null || !cmdlet.matches()) {
            o.notes().add(o.label() + ": operation '" + operation + "' is not a connector change; skipped");
            return;
        }
        JsonNode data = auditData(o);
        String connector = data == null ? null : parameter(data, "Name");
        if (connector == null && data != null) {
            connector = parameter(data, "Identity");
        }
        if (connector == null && data != null) {
            connector = textOf(data, "ObjectId");
        }
        String by = o.text("UserIds");
        Instant at = null;
        if (data != null && textOf(data, "CreationTime") != null) {
            // the audit record's own time is documented as UTC
            at = new ExportObject(data, o.label() + " AuditData", o.notes()).instant("CreationTime", true);
        }
        if (at == null) {
            at = o.instant("CreationDate", false);
        }
        Direction direction = cmdlet.group(2).equalsIgnoreCase("Inbound") ? Direction.INBOUND : Direction.OUTBOUND;
        String verb = Character.toUpperCase(cmdlet.group(1).charAt(0)) + cmdlet.group(1).substring(1).toLowerCase(Locale.ROOT);
        if (connector == null) {
            o.notes().add(o.label() + ": " + operation + " without the connector's name in AuditData; skipped");
            return;
        }
        into.connectorChanges.add(new ConnectorChange(verb, direction, connector, by == null ? null : by.toLowerCase(Locale.ROOT), at));
        into.seen(at);
    }

    /** AuditData as the object it holds: the cmdlet writes it as JSON text; an already parsed object is taken as it is. */
    private static JsonNode auditData(ExportObject o) {
        JsonNode raw = o.raw("AuditData");
        if (raw == null) {
            o.notes().add(o.label() + ": no AuditData; the connector's name is not known");
            return null;
        }
        if (raw.isObject()) {
            return raw;
        }
        try {
            JsonNode parsed = AUDIT_DATA.readTree(raw.asText());
            if (parsed != null && parsed.isObject()) {
                return parsed;
            }
        } catch (JsonProcessingException unreadable) {
            // reported below, with what the record is about
        }
        o.notes().add(o.label() + ": AuditData is not the JSON object the audit log writes; the connector's name is not known");
        return null;
    }

    /** The value of a cmdlet parameter among AuditData's {@code Parameters: [ { Name, Value } ]}. */
    private static String parameter(JsonNode data, String name) {
        JsonNode parameters = field(data, "Parameters");
        if (parameters == null || !parameters.isArray()) {
            return null;
        }
        for (JsonNode p : parameters) {
            if (name.equalsIgnoreCase(textOf(p, "Name"))) {
                return textOf(p, "Value");
            }
        }
        return null;
    }

    private static JsonNode field(JsonNode object, String name) {
        if (!object.isObject()) {
            return null;
        }
        var it = object.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String textOf(JsonNode object, String name) {
        JsonNode v = field(object, name);
        return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    static void blockListEntry(ExportObject o, ExportAccumulator into) {
        String value = o.text("Value");
        String action = o.text("Action");
        if (value == null) {
            o.notes().add(o.label() + ": a list entry without Value; skipped");
            return;
        }
        if (action != null && !action.equalsIgnoreCase("Block")) {
            o.notes().add(o.label() + ": '" + value + "' is an " + action + " entry, not a block; skipped");
            return;
        }
        into.blockListEntries.add(value.toLowerCase(Locale.ROOT));
        into.seen(o.instant("LastModifiedDateTime", true));
    }

    static void tracedDomain(ExportObject o, ExportAccumulator into) {
        String domain = o.text("SenderDomain");
        if (domain == null) {
            o.notes().add(o.label() + ": a trace group without SenderDomain; skipped");
            return;
        }
        // message trace times (Received) are documented as UTC
        Instant last = o.instant("LastReceived", true);
        into.tracedDomains.add(new TracedDomain(domain.toLowerCase(Locale.ROOT), o.text("Status"), o.count("Count"),
                o.instant("FirstReceived", true), last));
        into.seen(last);
    }
}
