package org.mailblock.ingest;

import org.mailblock.ingest.export.ExportKind;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.AutoForwardingMode;
import org.mailblock.facts.FactEnum;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.Signal;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;

/**
 * Writes imported facts as a version 1 fact file. Comments record where each section and each NDR value
 * came from; sections follow the order of the format reference; the same import gives the same bytes.
 * Texts are written as double-quoted YAML strings, so no value can change the file's structure.
 */
public final class FactFileWriter {

    private static final int COMMENT_COLUMN = 44;

    private FactFileWriter() {
    }

    /** The fact file for a complete import. */
    public static String write(ImportResult result) {
        if (!result.complete()) {
            throw new IllegalArgumentException("the import is not complete: " + String.join("; ", result.blockers()));
        }
        TenantFacts facts = result.facts();
        Map<String, String> from = result.provenance();
        StringBuilder out = new StringBuilder();
        int exportCount = result.exports().size();
        out.append("# Written by mailblock import from ").append(count(result.bounceCount(), "bounce message"))
                .append(" and ").append(count(exportCount, "export")).append(".\n");
        out.append("# What the inputs do not hold is left out (unknown), never guessed. Add what you know, for\n");
        out.append("# example connectors[].recognized or admins[].roles, then run: mailblock diagnose FILE\n");
        out.append("mailblock: ").append(TenantFacts.FORMAT_VERSION).append('\n');
        line(out, "collectedAt: " + facts.collectedAt(), from.get("collectedAt"));
        out.append("tenant:\n");
        line(out, "  name: " + quote(facts.tenant().name()), from.get("tenant.name"));
        if (facts.tenant().trial() != null) {
            line(out, "  trial: " + facts.tenant().trial(), from.get("tenant.trial"));
        }
        if (facts.tenant().createdAt() != null) {
            line(out, "  createdAt: " + facts.tenant().createdAt(), from.get("tenant.createdAt"));
        }

        line(out, "ndrs:", from.get("ndrs"));
        for (ImportedNdr imported : result.ndrs()) {
            ndr(out, imported);
        }
        if (facts.sendingDomains() != null) {
            line(out, "sendingDomains:", section(from, ExportKind.MESSAGE_TRACE,
                    "the traced sender domains that are the tenant's or the bounced senders'; via is not in it"));
            for (SendingDomain d : facts.sendingDomains()) {
                out.append("  - name: ").append(quote(d.name())).append('\n');
            }
        }
        if (facts.acceptedDomains() != null) {
            line(out, "acceptedDomains:", ExportProvenance.acceptedDomains(from));
            for (AcceptedDomain d : facts.acceptedDomains()) {
                out.append("  - name: ").append(quote(d.name())).append('\n');
                field(out, "type", d.type());
                if (d.verified() != null) {
                    out.append("    verified: ").append(d.verified()).append('\n');
                }
            }
        }
        if (facts.connectors() != null) {
            line(out, "connectors:", ExportProvenance.connectors(from));
            for (Connector c : facts.connectors()) {
                connector(out, c);
            }
        }
        if (facts.admins() != null) {
            line(out, "admins:", ExportProvenance.admins(from));
            for (Admin a : facts.admins()) {
                out.append("  - upn: ").append(quote(a.upn())).append('\n');
                list(out, "roles", a.roles());
                if (a.mfa() != null) {
                    out.append("    mfa: ").append(a.mfa()).append('\n');
                }
            }
        }
        if (facts.users() != null) {
            line(out, "users:", usersSource(from));
            for (User u : facts.users()) {
                user(out, u);
            }
        }
        if (facts.subscription() != null) {
            line(out, "subscription:", ExportProvenance.subscription(from));
            if (facts.subscription().status() != null) {
                out.append("  status: ").append(facts.subscription().status().wireName()).append('\n');
            }
            number(out, "  purchasedLicenses", facts.subscription().purchasedLicenses());
        }
        if (facts.outboundSpamPolicies() != null) {
            line(out, "outboundSpamPolicies:", section(from, ExportKind.OUTBOUND_SPAM_POLICIES,
                    "the scope of custom policies is in Get-HostedOutboundSpamFilterRule, not in this export"));
            facts.outboundSpamPolicies().forEach(p -> spamPolicy(out, p));
        }
        LimitsEnforcementStatus limits = facts.limitsEnforcementStatus();
        if (limits != null) {
            line(out, "limitsEnforcementStatus:", section(from, ExportKind.LIMITS_ENFORCEMENT_STATUS, "the tenant external recipient rate limit"));
            number(out, "  observedValue", limits.observedValue());
            number(out, "  threshold", limits.threshold());
            if (limits.verdict() != null) {
                out.append("  verdict: ").append(quote(limits.verdict())).append('\n');
            }
            if (limits.enforcementEnabled() != null) {
                out.append("  enforcementEnabled: ").append(limits.enforcementEnabled()).append('\n');
            }
        }
        List<String> unused = ExportProvenance.notWritten(result.exports());
        if (!unused.isEmpty()) {
            out.append("\n# Read, but not written as facts (the fact file has no field for them, and no rule reads them yet):\n");
            for (String u : unused) {
                out.append("#   ").append(oneLine(u)).append('\n');
            }
        }
        if (!result.problems().isEmpty()) {
            out.append("\n# Inputs that could not be imported:\n");
            for (InputProblem p : result.problems()) {
                out.append("#   ").append(oneLine(p.format())).append('\n');
            }
        }
        List<String> leftOut = result.warnings();
        if (!leftOut.isEmpty()) {
            out.append("\n# Notes from the import:\n");
            for (String w : leftOut) {
                out.append("#   ").append(oneLine(w)).append('\n');
            }
        }
        return out.toString();
    }

    private static void ndr(StringBuilder out, ImportedNdr imported) {
        Ndr n = imported.ndr();
        StringBuilder about = new StringBuilder(imported.source());
        if (imported.reportingServer() != null) {
            about.append(", reported by ").append(imported.reportingServer());
        }
        if (imported.action() != null) {
            about.append(", action ").append(imported.action());
        }
        out.append("  # ").append(oneLine(about.toString())).append('\n');
        if (n.code() == null) {
            line(out, "  - code:", "none in the bounce: its text stands in, and the rules cannot classify it by code");
        } else {
            line(out, "  - code: " + quote(n.code()), describe(imported.sourceOf("code")));
        }
        if (n.smtp() != null) {
            line(out, "    smtp: " + n.smtp(), describe(imported.sourceOf("smtp")));
        }
        if (n.text() != null) {
            line(out, "    text: " + quote(n.text()), describe(imported.sourceOf("text")));
        }
        if (n.sender() != null) {
            line(out, "    sender: " + quote(n.sender()), describe(imported.sourceOf("sender")));
        }
        if (n.recipient() != null) {
            line(out, "    recipient: " + quote(n.recipient()), describe(imported.sourceOf("recipient")));
        }
        if (n.at() != null) {
            line(out, "    at: " + n.at(), describe(imported.sourceOf("at")));
        }
    }

    /** Which exports the users came from; with the registration report alone, the comment it always had. */
    private static String usersSource(Map<String, String> from) {
        List<String> parts = new ArrayList<>();
        if (from.get("exports." + ExportKind.USER_REGISTRATION_DETAILS.name()) != null) {
            parts.add(section(from, ExportKind.USER_REGISTRATION_DETAILS, "the NDR senders; mfa is isMfaRegistered, for every user listed"));
        }
        if (from.get("exports." + ExportKind.MAILBOXES.name()) != null) {
            parts.add(section(from, ExportKind.MAILBOXES, "the NDR senders and the mailboxes that forward; "
                    + "forwarding by: mailbox is ForwardingSmtpAddress, inbox rules are not in it"));
        }
        if (from.get("exports." + ExportKind.BLOCKED_SENDERS.name()) != null) {
            parts.add(section(from, ExportKind.BLOCKED_SENDERS, "restricted: true for each SenderAddress, false for the others"));
        }
        if (from.get("exports." + ExportKind.INBOX_RULES.name()) != null) {
            parts.add(section(from, ExportKind.INBOX_RULES, "forwarding by: inboxRule for the enabled rules' ForwardTo, "
                    + "ForwardAsAttachmentTo and RedirectTo"));
        }
        if (from.get("exports." + ExportKind.RISKY_USERS.name()) != null) {
            parts.add(section(from, ExportKind.RISKY_USERS, "signals: [riskySignIn] for RiskState atRisk or confirmedCompromised"));
        }
        return String.join("; ", parts);
    }

    private static void user(StringBuilder out, User u) {
        out.append("  - upn: ").append(quote(u.upn())).append('\n');
        if (u.restricted() != null) {
            out.append("    restricted: ").append(u.restricted()).append('\n');
        }
        if (u.mfa() != null) {
            out.append("    mfa: ").append(u.mfa()).append('\n');
        }
        if (u.signals() != null) {
            out.append("    signals: [").append(String.join(", ", u.signals().stream().map(Signal::wireName).toList())).append("]\n");
        }
        if (u.primarySmtpAddress() != null) {
            out.append("    primarySmtpAddress: ").append(quote(u.primarySmtpAddress())).append('\n');
        }
        if (u.forwarding() != null) {
            out.append("    forwarding:\n");
            for (Forwarding f : u.forwarding()) {
                out.append("      - address: ").append(quote(f.address())).append('\n');
                if (f.by() != null) {
                    out.append("        by: ").append(f.by().wireName()).append('\n');
                }
            }
        }
    }

    private static void spamPolicy(StringBuilder out, OutboundSpamPolicy p) {
        out.append("  - name: ").append(quote(p.name())).append('\n');
        if (p.isDefault() != null) {
            out.append("    isDefault: ").append(p.isDefault()).append('\n');
        }
        field(out, "autoForwardingMode", p.autoForwardingMode());
        number(out, "    recipientLimitExternalPerHour", p.recipientLimitExternalPerHour());
        number(out, "    recipientLimitInternalPerHour", p.recipientLimitInternalPerHour());
        number(out, "    recipientLimitPerDay", p.recipientLimitPerDay());
        field(out, "actionWhenThresholdReached", p.actionWhenThresholdReached());
    }

    private static void number(StringBuilder out, String indentedName, Number value) {
        if (value != null) {
            out.append(indentedName).append(": ").append(value).append('\n');
        }
    }

    private static void connector(StringBuilder out, Connector c) {
        out.append("  - name: ").append(quote(c.name())).append('\n');
        field(out, "direction", c.direction());
        field(out, "type", c.type());
        if (c.enabled() != null) {
            out.append("    enabled: ").append(c.enabled()).append('\n');
        }
        if (c.createdAt() != null) {
            out.append("    createdAt: ").append(c.createdAt()).append('\n');
        }
        if (c.createdBy() != null) {
            out.append("    createdBy: ").append(quote(c.createdBy())).append('\n');
        }
        list(out, "senderIpAddresses", c.senderIpAddresses());
        list(out, "senderDomains", c.senderDomains());
        if (c.tlsSenderCertificateName() != null) {
            out.append("    tlsSenderCertificateName: ").append(quote(c.tlsSenderCertificateName())).append('\n');
        }
        if (c.restricted() != null) {
            out.append("    restricted: ").append(c.restricted()).append('\n');
        }
    }

    private static void field(StringBuilder out, String name, FactEnum value) {
        if (value != null) {
            // quoted, so that YAML 1.1 readers never take On or Off for a boolean
            out.append("    ").append(name).append(": ").append(value instanceof AutoForwardingMode ? quote(value.wireName())
                    : value.wireName()).append('\n');
        }
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        if (values == null) {
            return;
        }
        List<String> quoted = values.stream().map(FactFileWriter::quote).toList();
        out.append("    ").append(name).append(": [").append(String.join(", ", quoted)).append("]\n");
    }

    static String section(Map<String, String> from, ExportKind kind, String note) {
        return kind.command() + ": " + from.get("exports." + kind.name()) + " (" + note + ")";
    }

    private static String describe(ValueSource source) {
        return source == null ? null : "from the " + source.description();
    }

    /** A line with an end-of-line comment aligned in a column, or the line alone. */
    private static void line(StringBuilder out, String content, String comment) {
        out.append(content);
        if (comment != null && !comment.isBlank()) {
            out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - content.length()))).append("# ").append(oneLine(comment));
        }
        out.append('\n');
    }

    /** A comment stays on its line whatever a file name or message holds. */
    private static String oneLine(String text) {
        return printable(text);
    }

    /** A YAML double-quoted string; JSON escapes are valid in YAML's double-quoted style. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(printable(text), sb);
        return sb.append('"').toString();
    }

    /** Line breaks, controls and characters YAML refuses become spaces: every value stays on its line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean refused = Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
                    || cp == 0xFFFE || cp == 0xFFFF || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.FORMAT;
            out.appendCodePoint(refused ? ' ' : cp);
        });
        return out.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
