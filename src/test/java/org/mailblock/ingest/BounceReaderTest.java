package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.Ndr;

class BounceReaderTest {

    private static final Path BOUNCES = Path.of("src/test/resources/ingest/bounces");
    private static final Path CORPUS = CorpusMessages.FOLDER;

    private final BounceReader reader = new BounceReader();

    private InputProblem problemOf(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(file));
        assertThat(e).as("reading " + file + " fails").isNotNull();
        assertThat(e.problem().source()).isEqualTo(file.toString());
        return e.problem();
    }

    @Test
    void exchangeTextNdrGivesOneEntryPerRecipientWithItsOwnCode() throws InputException {
        BounceImport imported = reader.read(BOUNCES.resolve("exo-text-two-recipients.eml"));

        assertThat(imported.ndrs()).extracting(ImportedNdr::ndr).containsExactly(
                new Ndr("5.7.705", 550, "550 5.7.705 Access denied, tenant has exceeded threshold", "alice@contoso.com",
                        "bob@fabrikam.example", Instant.parse("2026-11-20T09:55:00Z"), null),
                new Ndr("5.7.750", 550, "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
                        "alice@contoso.com", "carol@northwind.example", Instant.parse("2026-11-20T09:55:00Z"), null));
        ImportedNdr first = imported.ndrs().get(0);
        assertThat(first.sourceOf("code")).isEqualTo(ValueSource.MESSAGE_TEXT);
        assertThat(first.sourceOf("recipient")).isEqualTo(ValueSource.MESSAGE_TEXT);
        assertThat(first.sourceOf("sender")).isEqualTo(ValueSource.MESSAGE_HEADERS);
        assertThat(first.reportingServer()).isEqualTo("am6pr04mb1234.eurprd04.prod.outlook.com");
    }

    @Test
    void theDeliveryStatusPartIsPreferredAndEachValueSaysWhereItCameFrom() throws InputException {
        BounceImport imported = reader.read(CORPUS.resolve("flanker__office365.eml"));

        ImportedNdr ndr = imported.ndrs().get(0);
        assertThat(ndr.ndr().code()).isEqualTo("5.1.10");
        assertThat(ndr.sourceOf("code")).isEqualTo(ValueSource.DELIVERY_STATUS);
        assertThat(ndr.sourceOf("recipient")).isEqualTo(ValueSource.DELIVERY_STATUS);
        assertThat(ndr.sourceOf("sender")).isEqualTo(ValueSource.ORIGINAL_MESSAGE);
        assertThat(ndr.sourceOf("at")).isEqualTo(ValueSource.MESSAGE_HEADERS);
        assertThat(ndr.action()).isEqualTo("failed");
    }

    @Test
    void htmlOnlyBase64NdrIsReadFromItsTextWithEntitiesDecoded() throws InputException {
        BounceImport imported = reader.read(BOUNCES.resolve("exo-html-only-base64-5.1.8.eml"));

        ImportedNdr ndr = imported.ndrs().get(0);
        assertThat(ndr.ndr()).isEqualTo(new Ndr("5.1.8", 550, "550 5.1.8 Access denied, bad outbound sender", "alice@contoso.com",
                "partner@fabrikam.example", Instant.parse("2026-11-20T09:40:05Z"), null));
        assertThat(ndr.sourceOf("code")).isEqualTo(ValueSource.MESSAGE_TEXT);
        assertThat(ndr.sourceOf("sender")).isEqualTo(ValueSource.MESSAGE_TEXT);
        assertThat(ndr.reportingServer()).isEqualTo("am6pr04mb1234.eurprd04.prod.outlook.com");
    }

    @Test
    void aBase64StatusAttachmentInsideMultipartMixedCountsAsTheDeliveryStatusPart() throws InputException {
        BounceImport imported = reader.read(BOUNCES.resolve("mixed-with-base64-status-attachment.eml"));

        ImportedNdr ndr = imported.ndrs().get(0);
        assertThat(ndr.ndr().code()).isEqualTo("5.7.705");
        assertThat(ndr.ndr().recipient()).isEqualTo("erin@adventure-works.example");
        assertThat(ndr.ndr().sender()).isEqualTo("frank@contoso.com");
        assertThat(ndr.sourceOf("code")).isEqualTo(ValueSource.DELIVERY_STATUS);
        assertThat(ndr.reportingServer()).isEqualTo("db9pr04mb5678.eurprd04.prod.outlook.com");
    }

    @Test
    void aRelaysGenericStatusGivesWayToTheMicrosoftReplyItRelays() throws InputException {
        String relayed = String.join("\r\n",
                "From: MAILER-DAEMON@relay.contoso.com",
                "To: alice@contoso.com",
                "Date: Fri, 20 Nov 2026 10:05:00 +0000",
                "Subject: Undelivered Mail Returned to Sender",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"",
                "",
                "--r",
                "Content-Type: text/plain",
                "",
                "I'm sorry to have to inform you that your message could not be delivered.",
                "--r",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; relay.contoso.com",
                "",
                "Final-Recipient: rfc822; bob@fabrikam.example",
                "Action: failed",
                "Status: 5.0.0",
                "Diagnostic-Code: smtp; 550 5.7.705 Access denied, tenant has exceeded threshold",
                "--r--",
                "");

        Ndr ndr = reader.read("relayed.eml", relayed.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).ndrs().get(0).ndr();

        assertThat(ndr.code()).isEqualTo("5.7.705");
        assertThat(ndr.smtp()).isEqualTo(550);
    }

    @Test
    void aDelayNoticeIsImportedAsReportedWithAWarning() throws InputException {
        BounceImport imported = reader.read(CORPUS.resolve("soe__lhost-outlook-06.eml"));

        assertThat(imported.ndrs().get(0).action()).isEqualTo("delayed");
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("delayed, not refused"));
    }

    @Test
    void theReportingServerIsNamedWithoutItsComment() throws InputException {
        assertThat(reader.read(CORPUS.resolve("soe__lhost-messagingserver-11.eml")).ndrs().get(0).reportingServer())
                .isEqualTo("mr21p30im-asmtp003.me.com");
    }

    @Test
    void ipAddressesVersionsAndDatesAreNeverTakenForStatusCodes() {
        assertThat(problemOf(BOUNCES.resolve("bounce-with-only-lookalike-codes.eml")).message())
                .contains("is a bounce").contains("no enhanced status code");
    }

    @Test
    void aMessageCutInsideItsDeliveryStatusGivesWhatIsThereWithAWarning() throws InputException {
        BounceImport imported = reader.read(BOUNCES.resolve("truncated-inside-delivery-status.eml"));

        assertThat(imported.ndrs()).extracting(n -> n.ndr().code(), n -> n.ndr().recipient())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5.7.705", "dave@wingtip.example"));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("truncated"));
    }

    @Test
    void aMessageCutInsideItsHeadersIsReportedAsTruncated() {
        assertThat(problemOf(BOUNCES.resolve("truncated-inside-headers.eml")).message()).contains("is truncated");
    }

    @Test
    void anEmptyFileIsNotABounce() {
        assertThat(problemOf(BOUNCES.resolve("empty.eml")).message()).contains("is empty");
    }

    @Test
    void anOutlookMsgFileIsRecognizedAndTheUserToldWhatToDo() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read("bounce.msg", ole));

        assertThat(e.problem().format()).isEqualTo("bounce.msg: is an Outlook .msg file (a binary format); "
                + "save the bounce as a MIME message (.eml) and import that");
    }

    @Test
    void aMissingFileIsReportedByName() {
        assertThat(problemOf(BOUNCES.resolve("no-such.eml")).message()).isEqualTo("no such file");
    }

    @Test
    void crLfAndCrOnlyCopiesGiveTheSameEntriesAsTheLfOriginal() throws InputException {
        Ndr lf = reader.read(CORPUS.resolve("soe__lhost-office365-01.eml")).ndrs().get(0).ndr();

        assertThat(reader.read(CORPUS.resolve("soe-dos__lhost-office365-01.eml")).ndrs().get(0).ndr()).isEqualTo(lf);
        assertThat(reader.read(CORPUS.resolve("soe-mac__lhost-office365-01.eml")).ndrs().get(0).ndr()).isEqualTo(lf);
    }

    @Test
    void utf7OutlookReportAndFrenchExchangeReportAreRead() throws InputException {
        assertThat(reader.read(CORPUS.resolve("soe__lhost-outlook-04.eml")).ndrs())
                .extracting(n -> n.ndr().code()).containsExactly("5.1.1", "5.2.2");
        assertThat(reader.read(CORPUS.resolve("soe__lhost-exchange2007-06.eml")).ndrs())
                .extracting(n -> n.ndr().recipient()).containsExactly("transports@agglo-saumur.fr");
    }
}
