package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** Which tenant bounces name, and that a bounce to thousands of recipients is read whole. */
class BounceTenantAndRecipientsTest {

    private static final Path EXO_BOUNCE = Path.of("src/test/resources/ingest/bounces/exo-text-two-recipients.eml");
    private static final Path ACCEPTED_DOMAINS = Path.of("src/test/resources/ingest/exports/accepted-domains.json");

    @TempDir
    Path dir;

    private final FactImporter importer = new FactImporter();
    private final BounceReader reader = new BounceReader();

    /** The Exchange Online bounce with its From and To headers replaced. */
    private Path bounce(String name, String from, String to) throws IOException {
        String text = Files.readString(EXO_BOUNCE, StandardCharsets.ISO_8859_1)
                .replace("From: <postmaster@contoso.onmicrosoft.com>", "From: " + from)
                .replace("To: <alice@contoso.com>", "To: " + to);
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    private ImportResult importBounces(String tenant, Path... bounces) {
        return importer.importInputs(new ImportRequest(List.of(bounces), List.of(), null, tenant));
    }

    @Test
    void aMicrosoftBounceFromPostmasterOfTheTenantNamesTheTenant() throws InputException {
        BounceImport read = reader.read(EXO_BOUNCE);
        assertThat(read.tenantName()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(read.tenantNameSource()).contains("postmaster@contoso.onmicrosoft.com");

        ImportResult result = importBounces(null, EXO_BOUNCE);

        assertThat(result.complete()).isTrue();
        assertThat(result.facts().tenant().name()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(result.provenance().get("tenant.name")).contains(EXO_BOUNCE.toString()).contains("postmaster@contoso.onmicrosoft.com");
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).contains("--tenant"));
    }

    @Test
    void theReportAddressOfExchangeOnlineWithItsHexNameAlsoNamesTheTenant() throws IOException {
        Path file = bounce("hex.eml", "<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam.onmicrosoft.com>", "<alice@fabrikam.com>");

        assertThat(importBounces(null, file).facts().tenant().name()).isEqualTo("fabrikam.onmicrosoft.com");
    }

    @Test
    void aSenderAtTheInitialDomainNamesTheTenantEvenWhenTheBounceComesFromElsewhere() throws IOException {
        Path file = bounce("relay.eml", "<MAILER-DAEMON@relay.example>", "<alice@fabrikam.onmicrosoft.com>");

        ImportResult result = importBounces(null, file);

        assertThat(result.facts().tenant().name()).isEqualTo("fabrikam.onmicrosoft.com");
        assertThat(result.provenance().get("tenant.name")).contains("the bounced mail's sender alice@fabrikam.onmicrosoft.com");
    }

    @Test
    void aSendersOwnDomainIsNeverTakenForTheTenantsNameAndNothingIsMade() throws IOException {
        Path file = bounce("custom-domain.eml", "<postmaster@contoso.com>", "<alice@contoso.com>");

        ImportResult result = importBounces(null, file);

        assertThat(result.complete()).isFalse();
        assertThat(result.blockers()).singleElement().satisfies(b -> assertThat(b)
                .contains("*.onmicrosoft.com domain, is in none of the inputs").contains("sent from contoso.com")
                .contains("--tenant").contains("Get-AcceptedDomain"));
        assertThat(importBounces("contoso.onmicrosoft.com", file).complete()).isTrue();
    }

    @Test
    void aRoutingDomainOrAPersonAtOnmicrosoftIsNoTenantsReportAddress() throws IOException {
        Path routing = bounce("routing.eml", "<postmaster@contoso.mail.onmicrosoft.com>", "<alice@contoso.com>");
        Path person = bounce("person.eml", "<bob@contoso.onmicrosoft.com>", "<alice@contoso.com>");

        assertThat(importBounces(null, routing).complete()).isFalse();
        assertThat(importBounces(null, person).complete()).isFalse();
    }

    @Test
    void bouncesThatNameTwoTenantsGiveNoNameUntilOneIsChosen() throws IOException {
        Path fabrikam = bounce("fabrikam.eml", "<postmaster@fabrikam.onmicrosoft.com>", "<dave@fabrikam.com>");

        ImportResult result = importBounces(null, EXO_BOUNCE, fabrikam);

        assertThat(result.complete()).isFalse();
        assertThat(result.blockers()).singleElement().satisfies(b -> assertThat(b).contains("the bounces name 2 tenants")
                .contains("contoso.onmicrosoft.com (" + EXO_BOUNCE).contains("fabrikam.onmicrosoft.com (" + fabrikam)
                .contains("--tenant"));
        assertThat(importBounces("contoso.onmicrosoft.com", EXO_BOUNCE, fabrikam).complete()).isTrue();
    }

    @Test
    void aBounceOfAnotherTenantThanTheExportsIsPointedOut() throws IOException {
        Path fabrikam = bounce("fabrikam.eml", "<postmaster@fabrikam.onmicrosoft.com>", "<dave@fabrikam.com>");

        ImportResult result = importer.importInputs(new ImportRequest(List.of(fabrikam), List.of(ACCEPTED_DOMAINS), null, null));

        assertThat(result.facts().tenant().name()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith(fabrikam.toString())
                .contains("names the tenant fabrikam.onmicrosoft.com, but the exports are of contoso.onmicrosoft.com"));
    }

    @Test
    void bouncesSentFromSeveralDomainsAreMergedWithAWordThatNamesThem() throws IOException, FactFileException {
        Path offers = bounce("offers.eml", "<postmaster@contoso.onmicrosoft.com>", "<news@contoso-offers.example>");

        ImportResult result = importBounces(null, EXO_BOUNCE, offers);

        assertThat(result.complete()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("sent from 2 domains (contoso-offers.example, contoso.com)")
                .contains("the one tenant contoso.onmicrosoft.com").contains("import each tenant's bounces apart"));
        String yaml = FactFileWriter.write(result);
        assertThat(yaml).containsPattern("(?m)^ndrs: +# mail sent from 2 domains, merged as the one tenant contoso\\.onmicrosoft\\.com: "
                + "contoso-offers\\.example, contoso\\.com$");
        FactFileLoader.standard().load("merged.yaml", yaml);
    }

    @Test
    void bouncesFromOneDomainNeedNoWord() {
        ImportResult result = importBounces(null, EXO_BOUNCE);

        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w).contains("domains"));
        assertThat(result.provenance()).doesNotContainKey("ndrs");
    }

    @Test
    void aBounceToThousandsOfRecipientsIsReadToTheLastOne() throws InputException {
        int recipients = 5000;
        StringBuilder status = new StringBuilder("Reporting-MTA: dns; AM6PR04MB1234.eurprd04.prod.outlook.com\r\n");
        for (int i = 1; i <= recipients; i++) {
            status.append("\r\nFinal-Recipient: rfc822; user").append(i).append("@fabrikam.example\r\nAction: failed\r\n")
                    .append("Status: 5.7.705\r\nDiagnostic-Code: smtp; 550 5.7.705 Access denied, tenant has exceeded threshold\r\n");
        }
        String message = String.join("\r\n",
                "From: <postmaster@contoso.onmicrosoft.com>",
                "To: <alice@contoso.com>",
                "Date: Fri, 20 Nov 2026 09:55:00 +0000",
                "Subject: Undeliverable: Offer",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"",
                "",
                "--r",
                "Content-Type: text/plain",
                "",
                "Delivery has failed to these recipients or groups.",
                "--r",
                "Content-Type: message/delivery-status",
                "",
                status.toString(),
                "--r--",
                "");
        assertThat(message.length()).as("far beyond the 256 KiB of text searched").isGreaterThan(3 * 256 * 1024);

        BounceImport read = reader.read("thousands.eml", message.getBytes(StandardCharsets.US_ASCII));

        assertThat(read.ndrs()).hasSize(recipients);
        assertThat(read.ndrs().get(recipients - 1).ndr().recipient()).isEqualTo("user5000@fabrikam.example");
        assertThat(read.ndrs()).allSatisfy(n -> assertThat(n.ndr().code()).isEqualTo("5.7.705"));
        assertThat(read.ndrs().get(recipients - 1).ndr().sender()).isEqualTo("alice@contoso.com");
    }
}
