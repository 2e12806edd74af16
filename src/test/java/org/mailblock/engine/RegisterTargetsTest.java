package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.Via;
import org.mailblock.load.FactFileLoader;

/**
 * A tenant can register only a domain it owns: on every sample, the register step never names a domain
 * seen only in abuse, a public mailbox provider's domain or the original sender's domain of forwarded mail.
 */
class RegisterTargetsTest {

    /** A few public mailbox providers, enough to catch a rule that forgets them. */
    private static final Set<String> PUBLIC_PROVIDERS = Set.of("gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
            "icloud.com", "gmx.de", "web.de");

    @Test
    void registerStepNamesOnlyDomainsTheOrganizationCanOwn() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(RuleFolders.PROJECT_RULES).build();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("facts-samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            TenantFacts facts = FactFileLoader.standard().load(sample).facts();
            Diagnosis d = engine.diagnose(facts);
            List<String> targets = d.actions().stream().filter(a -> a.id().equals("register-sending-domains"))
                    .flatMap(a -> a.targets().stream()).toList();
            for (String domain : targets) {
                assertThat(PUBLIC_PROVIDERS).as(sample + ": " + domain + " is a public mailbox provider").doesNotContain(domain);
                List<SendingDomain> entries = entries(facts, domain);
                assertThat(entries).as(sample + ": " + domain + " is not owned").noneMatch(e -> Boolean.FALSE.equals(e.owned()));
                boolean owned = entries.stream().anyMatch(e -> Boolean.TRUE.equals(e.owned()));
                assertThat(!owned && entries.stream().allMatch(e -> e.via() == Via.FORWARDING))
                        .as(sample + ": " + domain + " is only forwarded mail").isFalse();
                assertThat(!owned && entries.stream().anyMatch(e -> e.via() == Via.ON_PREMISES) && abuseChannelFirm(d))
                        .as(sample + ": " + domain + " arrives only through an abused relay").isFalse();
            }
        }
    }

    private static List<SendingDomain> entries(TenantFacts facts, String domain) {
        return facts.sendingDomains() == null ? List.of()
                : facts.sendingDomains().stream().filter(s -> domain.equals(s.name())).toList();
    }

    private static boolean abuseChannelFirm(Diagnosis d) {
        return d.rootCauses().stream().anyMatch(c -> (c.id().equals("compromised-on-premises-server")
                || c.id().equals("malicious-inbound-connector")) && c.confidence() != Confidence.POSSIBLE);
    }
}
