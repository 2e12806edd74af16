package org.mailblock.ingest.export;

import org.mailblock.ingest.InputException;
import org.mailblock.ingest.InputProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.ConnectorType;
import org.mailblock.facts.Direction;
import org.mailblock.facts.DomainType;
import org.mailblock.facts.FactEnum;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.SubscriptionStatus;

/**
 * Reads one JSON export (as {@code ConvertTo-Json} or Graph REST writes it), recognizes which command
 * wrote it by its property names, and maps what the fact model has. Files of a command mailblock does
 * not know are reported, never guessed.
 */
public final class ExportReader {

    /** Larger exports are refused, to keep memory bounded. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper mapper;

    public ExportReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    public ExportImport read(Path file) throws InputException {
        return read(file, null);
    }

    /**
     * Reads an export; when it holds no objects and {@code whenEmpty} is given (the collector's manifest says which
     * command wrote the file), it is that command's answer "none" rather than a file that cannot be told.
     */
    public ExportImport read(Path file, ExportKind whenEmpty) throws InputException {
        String source = file.toString();
        try {
            if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
                // reading a named pipe nobody writes to would block forever
                throw new InputException(InputProblem.of(source, "is not a regular file (a named pipe, device or socket); save it to a file first"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(InputProblem.of(source, "is larger than " + (MAX_BYTES >> 20) + " MiB"));
            }
            return read(source, Files.readAllBytes(file), whenEmpty);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.of(source, "no such file"));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(source, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads an export given as bytes (UTF-8, or UTF-16 with a byte order mark as Windows PowerShell writes it). */
    public ExportImport read(String source, byte[] bytes) throws InputException {
        return read(source, bytes, null);
    }

    private ExportImport read(String source, byte[] bytes, ExportKind whenEmpty) throws InputException {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            String hint = looksLikeMail(bytes) ? " (this looks like a mail message: name it after 'ndr')" : "";
            throw new InputException(new InputProblem(source, line, column, "malformed JSON: " + e.getOriginalMessage() + hint));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(source, "cannot be read: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(InputProblem.of(source, "is empty; an export holds a JSON object or an array of them"));
        }
        List<JsonNode> items = items(root);
        if (items.isEmpty() && whenEmpty != null) {
            return new ExportImport(source, whenEmpty, new ExportAccumulator().contents(), null, null, List.of());
        }
        if (items.isEmpty()) {
            throw new InputException(InputProblem.of(source, "holds no objects, so which command wrote it cannot be told; "
                    + "nothing imported (an empty result means 'none' only when you write that section yourself)"));
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new InputException(InputProblem.of(source, "is not an export: it holds " + item.getNodeType().toString().toLowerCase(Locale.ROOT)
                        + " values where objects with properties are expected"));
            }
        }
        ExportKind kind = recognize(source, ExportObject.propertyNames(items.get(0)));
        List<String> notes = new ArrayList<>();
        ExportAccumulator mapped = new ExportAccumulator();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String label = items.size() == 1 ? "the object" : "object " + (i + 1);
            if (!kind.matches(ExportObject.propertyNames(item))) {
                notes.add(label + " lacks the properties of " + kind.command() + "; skipped");
                continue;
            }
            map(kind, new ExportObject(item, label, notes), mapped);
        }
        return new ExportImport(source, kind, mapped.contents(), mapped.initialDomain, mapped.latest, notes);
    }

    private static boolean looksLikeMail(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.matches("(?s)^(From |Return-Path:|Received:|From:|Delivered-To:|X-[A-Za-z-]+:|MIME-Version:|Date:|Subject:).*");
    }

    private static List<JsonNode> items(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode graphPage = root.isObject() ? root.get("value") : null;
        if (graphPage != null && graphPage.isArray() && root.has("@odata.context")) {
            graphPage.forEach(items::add);
        } else if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        return items;
    }

    private static ExportKind recognize(String source, Set<String> names) throws InputException {
        List<ExportKind> matching = Arrays.stream(ExportKind.values()).filter(k -> k.matches(names)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String known = Arrays.stream(ExportKind.values()).map(ExportKind::command).collect(Collectors.joining(", "));
        if (matching.isEmpty()) {
            String shown = new TreeSet<>(names).stream().limit(8).collect(Collectors.joining(", "));
            throw new InputException(InputProblem.of(source, "is not an export mailblock recognizes (properties: " + shown
                    + (names.size() > 8 ? ", ..." : "") + "); it reads " + known));
        }
        throw new InputException(InputProblem.of(source, "could have been written by "
                + matching.stream().map(ExportKind::command).collect(Collectors.joining(" or ")) + "; not guessed"));
    }

    private static void map(ExportKind kind, ExportObject o, ExportAccumulator into) {
        switch (kind) {
            case ACCEPTED_DOMAINS -> acceptedDomain(o, into);
            case INBOUND_CONNECTORS -> connector(o, Direction.INBOUND, into);
            case OUTBOUND_CONNECTORS -> connector(o, Direction.OUTBOUND, into);
            case USER_REGISTRATION_DETAILS -> registeredUser(o, into);
            case DIRECTORY_SUBSCRIPTIONS -> subscription(o, into);
            case OUTBOUND_SPAM_POLICIES -> SpamPolicyExport.policy(o).ifPresent(into.spamPolicies::add);
            case BLOCKED_SENDERS -> blockedSender(o, into);
            case MAILBOXES -> mailbox(o, into);
            case LIMITS_ENFORCEMENT_STATUS -> limits(o, into);
            case BLOCKED_CONNECTORS -> MailFlowExports.blockedConnector(o, into);
            case INBOX_RULES -> MailFlowExports.inboxRule(o, into);
            case CONNECTOR_AUDIT -> MailFlowExports.connectorChange(o, into);
            case TENANT_BLOCK_LIST -> MailFlowExports.blockListEntry(o, into);
            case MESSAGE_TRACE -> MailFlowExports.tracedDomain(o, into);
            case DIRECTORY_ROLES -> DirectoryExports.directoryRole(o, into);
            case ORGANIZATION -> DirectoryExports.organization(o, into);
            case SUBSCRIBED_SKUS -> DirectoryExports.subscribedSku(o, into);
            case RISKY_USERS -> DirectoryExports.riskyUser(o, into);
            case COLLECTOR_MANIFEST -> CollectorManifestExport.manifest(o, into);
            case SCUBAGEAR -> ScubaGearExport.settings(o, into);
        }
    }

    private static void blockedSender(ExportObject o, ExportAccumulator into) {
        String address = o.text("SenderAddress");
        if (address == null) {
            o.notes().add("a blocked sender without SenderAddress; skipped");
            return;
        }
        into.blockedSenders.add(address.toLowerCase(Locale.ROOT));
        into.seen(o.instant("CreatedDatetime", true));
    }

    private static void mailbox(ExportObject o, ExportAccumulator into) {
        String upn = o.text("UserPrincipalName");
        if (upn == null) {
            o.notes().add("a mailbox without UserPrincipalName; skipped");
            return;
        }
        into.mailboxes.add(new ExportedMailbox(upn.toLowerCase(Locale.ROOT), withoutSmtpPrefix(o.text("PrimarySmtpAddress")),
                withoutSmtpPrefix(o.text("ForwardingSmtpAddress")), o.text("ForwardingAddress"), o.bool("DeliverToMailboxAndForward")));
        into.seen(o.instant("WhenChangedUTC", true));
    }

    /** {@code ForwardingSmtpAddress} is written {@code smtp:alice@gmail.example}; the fact file holds the address. */
    static String withoutSmtpPrefix(String address) {
        if (address == null) {
            return null;
        }
        return address.regionMatches(true, 0, "smtp:", 0, 5) ? address.substring(5).trim() : address;
    }

    private static void limits(ExportObject o, ExportAccumulator into) {
        if (into.limits != null) {
            o.notes().add("a second status; only the first is kept");
            return;
        }
        into.limits = new LimitsEnforcementStatus(nonNegative(o, "ObservedValue"), nonNegative(o, "Threshold"),
                o.text("Verdict"), o.bool("EnforcementEnabled"));
    }

    private static Long nonNegative(ExportObject o, String name) {
        Long value = o.count(name);
        if (value != null && value < 0) {
            o.notes().add(name + " is " + value + ", below 0; left out");
            return null;
        }
        return value;
    }

    static void acceptedDomain(ExportObject o, ExportAccumulator into) {
        String name = o.text("DomainName");
        if (name == null) {
            o.notes().add("an accepted domain without DomainName; skipped");
            return;
        }
        String typeText = o.enumText("DomainType");
        DomainType type = enumValue(DomainType.class, typeText);
        if (typeText != null && type == null) {
            o.notes().add(name + ": DomainType " + typeText + " is not one of Authoritative, InternalRelay (the Exchange Online types); type left out");
        }
        // Get-AcceptedDomain does not say whether the domain is verified: left unknown
        into.domains.add(new AcceptedDomain(name, type, null));
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".onmicrosoft.com") && !lower.endsWith(".mail.onmicrosoft.com")
                && lower.indexOf('.') == lower.length() - ".onmicrosoft.com".length()) {
            into.initialDomain = lower;
        }
        into.seen(o.instant("WhenChangedUTC", true));
    }

    static void connector(ExportObject o, Direction direction, ExportAccumulator into) {
        String name = o.text("Name");
        if (name == null) {
            name = o.text("Identity");
        }
        if (name == null) {
            o.notes().add("a connector without Name or Identity; skipped");
            return;
        }
        String typeText = o.enumText("ConnectorType");
        ConnectorType type = enumValue(ConnectorType.class, typeText);
        if (typeText != null && type == null) {
            o.notes().add(name + ": ConnectorType " + typeText + " is not OnPremises or Partner; type left out");
        }
        Instant created = o.instant("WhenCreatedUTC", true);
        if (created == null) {
            created = o.instant("WhenCreated", false);
        }
        List<String> ips = direction == Direction.INBOUND ? o.texts("SenderIPAddresses") : null;
        List<String> domains = direction == Direction.INBOUND ? senderDomains(o.texts("SenderDomains")) : null;
        String certificate = direction == Direction.INBOUND ? o.text("TlsSenderCertificateName") : null;
        // createdBy comes from the audit log and recognized from the organization: neither is in the export
        into.connectors.add(new Connector(name, direction, type, o.bool("Enabled"), created, null, null, ips, domains, certificate));
        String guid = o.text("Guid");
        if (guid != null) {
            into.connectorGuids.put(guid.toLowerCase(Locale.ROOT), name);
        }
        into.seen(o.instant("WhenChangedUTC", true));
        into.seen(created);
    }

    /** {@code smtp:*;1} and {@code smtp:contoso.com;1} are address spaces; the fact file holds the domain. */
    private static List<String> senderDomains(List<String> spaces) {
        if (spaces == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String space : spaces) {
            String s = space;
            if (s.regionMatches(true, 0, "smtp:", 0, 5)) {
                s = s.substring(5);
            }
            int semicolon = s.indexOf(';');
            out.add(semicolon >= 0 ? s.substring(0, semicolon) : s);
        }
        return out;
    }

    private static void registeredUser(ExportObject o, ExportAccumulator into) {
        String upn = o.text("UserPrincipalName");
        if (upn == null) {
            o.notes().add("a user without userPrincipalName; skipped");
            return;
        }
        Instant updated = o.instant("LastUpdatedDateTime", true);
        into.users.add(new RegisteredUser(upn.toLowerCase(Locale.ROOT), o.bool("IsAdmin"), o.bool("IsMfaRegistered"), updated,
                o.text("Id")));
        into.seen(updated);
    }

    private static void subscription(ExportObject o, ExportAccumulator into) {
        String sku = o.text("SkuPartNumber");
        String statusText = o.enumText("Status");
        SubscriptionStatus status = enumValue(SubscriptionStatus.class, statusText);
        if (statusText != null && status == null) {
            o.notes().add(sku + ": Status " + statusText + " is not one of Enabled, Warning, Suspended, LockedOut, Deleted; left out");
        }
        Instant created = o.instant("CreatedDateTime", true);
        into.subscriptions.add(new DirectorySubscription(sku, status, o.bool("IsTrial"), created, o.instant("NextLifecycleDateTime", true),
                o.count("TotalLicenses")));
        into.seen(created);
    }

    static <E extends Enum<E> & FactEnum> E enumValue(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.wireName().equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        return null;
    }
}
