package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which code a bounce gives when it states several: the most specific failure code, never a success code. */
class BounceCodeChoiceTest {

    private final BounceReader reader = new BounceReader();

    private static String dsn(String... recipientGroups) {
        return "From: MAILER-DAEMON@mx.example.net\nTo: alice@contoso.com\nSubject: Undelivered Mail Returned to Sender\n"
                + "Date: Fri, 20 Nov 2026 09:55:00 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
                + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
                + String.join("\n", recipientGroups) + "\n--B--\n";
    }

    private BounceImport read(String message) throws InputException {
        return reader.read("test.eml", message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGenericStatusGivesWayToTheSpecificCodeInTheDiagnosticCode() throws InputException {
        BounceImport imported = read(dsn(
                "Final-Recipient: rfc822; bob@fabrikam.example\nAction: failed\nStatus: 5.0.0\n"
                        + "Diagnostic-Code: smtp; 550 #5.1.0 Address rejected\n",
                "Final-Recipient: rfc822; carol@fabrikam.example\nAction: failed\nStatus: 5.0.0\n"
                        + "Diagnostic-Code: smtp; 552 5.2.2 Over quota\n"));

        assertThat(imported.ndrs()).extracting(n -> n.ndr().recipient() + " " + n.ndr().code() + " " + n.ndr().smtp())
                .containsExactly("bob@fabrikam.example 5.1.0 550", "carol@fabrikam.example 5.2.2 552");
    }

    @Test
    void aSpecificStatusIsKeptOverADiagnosticCodeOfAnotherClass() throws InputException {
        BounceImport imported = read(dsn("Final-Recipient: rfc822; bob@fabrikam.example\nAction: failed\nStatus: 5.0.0\n"
                + "Diagnostic-Code: smtp; 451 4.3.0 Temporary lookup failure\n"));

        assertThat(imported.ndrs()).extracting(n -> n.ndr().code()).containsExactly("5.0.0");
    }

    @Test
    void aSuccessLineOfAQuotedTranscriptIsNeverTheBouncesCode() throws InputException {
        BounceImport imported = read("From: MAILER-DAEMON@mx.example.net\nTo: alice@contoso.com\n"
                + "Subject: Mail delivery failed\nDate: Fri, 20 Nov 2026 09:55:00 +0000\n\n"
                + "This is the mail system at host mx.example.net.\n\n"
                + "<bob@fabrikam.example>: host mx.fabrikam.example said:\n"
                + ">>> MAIL FROM:<alice@contoso.com>\n<<< 250 2.0.0 Ok\n>>> DATA\n"
                + "<<< 451 4.3.0 Mail server temporarily rejected message\n");

        assertThat(imported.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isEqualTo("4.3.0");
            assertThat(n.ndr().smtp()).isEqualTo(451);
        });
    }

    @Test
    void aRecipientTheReportSaysWasDeliveredIsLeftOut() throws InputException {
        BounceImport imported = read(dsn(
                "Final-Recipient: rfc822; dave@fabrikam.example\nAction: delivered\nStatus: 2.0.0\n",
                "Final-Recipient: rfc822; bob@fabrikam.example\nAction: failed\nStatus: 5.1.1\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"));

        assertThat(imported.ndrs()).extracting(n -> n.ndr().recipient()).containsExactly("bob@fabrikam.example");
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("dave@fabrikam.example").contains("delivered"));
    }

    @Test
    void aReplyWithoutAnEnhancedCodeIsImportedWithItsReplyAndTextAndNoCode() throws InputException {
        BounceImport imported = read(dsn("Final-Recipient: rfc822; bob@fabrikam.example\nAction: failed\n"
                + "Diagnostic-Code: smtp; host mx.fabrikam.example said: 554 Transaction failed\n"));

        assertThat(imported.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isNull();
            assertThat(n.ndr().smtp()).isEqualTo(554);
            assertThat(n.ndr().text()).isEqualTo("host mx.fabrikam.example said: 554 Transaction failed");
            assertThat(n.ndr().recipient()).isEqualTo("bob@fabrikam.example");
        });
    }

    @Test
    void aFeedbackReportIsRefusedAsWhatItIs() {
        InputException e = catchThrowableOfType(InputException.class, () -> read(
                "From: staff@hotmail.example\nTo: abuse@contoso.com\nSubject: complaint about message\n"
                        + "Date: Fri, 20 Nov 2026 09:55:00 +0000\nMIME-Version: 1.0\n"
                        + "Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"\n\n"
                        + "--B\nContent-Type: text/plain\n\nThis is an email abuse report.\n\n"
                        + "--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\n"
                        + "Version: 1\n\n--B--\n"));

        assertThat(e).isNotNull();
        assertThat(e.problem().message()).contains("is not a bounce message").contains("feedback report (ARF");
    }

    @Test
    void anOutOfOfficeReplyIsRefusedAsWhatItIs() {
        InputException e = catchThrowableOfType(InputException.class, () -> read(
                "From: bob@fabrikam.example\nTo: alice@contoso.com\nSubject: Automatic reply: Quarterly figures\n"
                        + "Auto-Submitted: auto-replied\nDate: Fri, 20 Nov 2026 09:55:00 +0000\n\n"
                        + "I am out of the office until Monday.\n"));

        assertThat(e).isNotNull();
        assertThat(e.problem().message()).contains("is not a bounce message").contains("automatic reply (RFC 3834");
    }
}
