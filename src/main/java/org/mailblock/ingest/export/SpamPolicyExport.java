package org.mailblock.ingest.export;

import java.util.Optional;
import org.mailblock.facts.AutoForwardingMode;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.ThresholdAction;

/**
 * Maps one object of {@code Get-HostedOutboundSpamFilterPolicy} to an outbound spam policy. The scope of a
 * custom policy lives in its rule ({@code Get-HostedOutboundSpamFilterRule}), so it stays unknown here.
 */
final class SpamPolicyExport {

    private SpamPolicyExport() {
    }

    /** The policy, or nothing (with a note) when the object names none. */
    static Optional<OutboundSpamPolicy> policy(ExportObject o) {
        String name = o.text("Name");
        if (name == null) {
            name = o.text("Identity");
        }
        if (name == null) {
            o.notes().add("a policy without Name or Identity; skipped");
            return Optional.empty();
        }
        String modeText = o.enumText("AutoForwardingMode");
        AutoForwardingMode mode = ExportReader.enumValue(AutoForwardingMode.class, modeText);
        if (modeText != null && mode == null) {
            o.notes().add(name + ": AutoForwardingMode " + modeText + " is not one of Automatic, On, Off; left out");
        }
        String actionText = o.enumText("ActionWhenThresholdReached");
        ThresholdAction action = ExportReader.enumValue(ThresholdAction.class, actionText);
        if (actionText != null && action == null) {
            o.notes().add(name + ": ActionWhenThresholdReached " + actionText
                    + " is not one of Alert, BlockUser, BlockUserForToday; left out");
        }
        return Optional.of(new OutboundSpamPolicy(name, o.bool("IsDefault"), mode, limit(o, name, "RecipientLimitExternalPerHour"),
                limit(o, name, "RecipientLimitInternalPerHour"), limit(o, name, "RecipientLimitPerDay"), action, null, null, null));
    }

    /** A recipient limit within what a policy can hold (0 to 10,000); anything else is left out with a note. */
    private static Integer limit(ExportObject o, String policy, String property) {
        Long value = o.count(property);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > OutboundSpamPolicy.MAX_RECIPIENT_LIMIT) {
            o.notes().add(policy + ": " + property + " " + value + " is not from 0 to "
                    + OutboundSpamPolicy.MAX_RECIPIENT_LIMIT + "; left out");
            return null;
        }
        return value.intValue();
    }
}
