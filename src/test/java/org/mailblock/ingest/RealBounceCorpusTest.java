package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real bounce in the corpus: the manifest's code and recipient, or an honest "no code", never an invented one. */
class RealBounceCorpusTest {

    private final BounceReader reader = new BounceReader();

    static Stream<CorpusMessages> microsoftWithCode() {
        return CorpusMessages.all().stream().filter(m -> m.microsoftGenerated() && !m.expectedCodes().isEmpty());
    }

    static Stream<CorpusMessages> microsoftWithoutCode() {
        return CorpusMessages.all().stream().filter(m -> m.microsoftGenerated() && m.expectedCodes().isEmpty());
    }

    static Stream<CorpusMessages> otherBounces() {
        return CorpusMessages.all().stream().filter(m -> !m.microsoftGenerated() && !m.notABounce());
    }

    static Stream<CorpusMessages> notBounces() {
        return CorpusMessages.all().stream().filter(CorpusMessages::notABounce);
    }

    @Test
    void theCorpusHoldsTheMicrosoftMessagesTheManifestLists() {
        assertThat(microsoftWithCode().count()).isGreaterThanOrEqualTo(45);
        assertThat(microsoftWithoutCode().count()).isGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("microsoftWithCode")
    void microsoftBounceGivesTheManifestCodeAndRecipient(CorpusMessages message) throws InputException {
        BounceImport imported = reader.read(message.path());

        assertThat(imported.ndrs()).extracting(n -> n.ndr().code()).containsExactlyElementsOf(message.expectedCodes());
        if (!message.failedRecipients().isEmpty()) {
            assertThat(imported.ndrs()).extracting(n -> n.ndr().recipient()).containsExactlyElementsOf(message.failedRecipients());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("microsoftWithoutCode")
    void microsoftBounceWithoutCodeIsImportedWithItsTextAndNoInventedCode(CorpusMessages message) throws InputException {
        BounceImport imported = reader.read(message.path());

        assertThat(imported.ndrs()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.ndr().code()).isNull();
            assertThat(n.ndr().text()).isNotBlank();
            assertThat(n.sourceOf("text")).isNotNull();
        });
        if (!message.failedRecipients().isEmpty()) {
            assertThat(message.failedRecipients()).contains(imported.ndrs().get(0).ndr().recipient());
        }
    }

    @Test
    void anExchange2003BounceGivesItsDiagnosticLinesAsText() throws InputException {
        BounceImport imported = reader.read(CorpusMessages.FOLDER.resolve("flufl__microsoft_01.txt"));

        assertThat(imported.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isNull();
            assertThat(n.ndr().smtp()).isNull();
            assertThat(n.ndr().recipient()).isEqualTo("djbennett@ikon.com");
            assertThat(n.ndr().text()).isEqualTo("The recipient name is not recognized "
                    + "MSEXCH:IMS:IKON:Nexus2:BKB02-IMS-01 0 (000C05A6) Unknown Recipient");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherBounces")
    void otherBounceIsImportedWithACodeTheMessageCarriesOrWithItsTextAndNoCode(CorpusMessages message) throws InputException {
        BounceImport imported = reader.read(message.path());

        List<String> allowed = Stream.concat(message.codesInMessage().stream(), message.dsnStatusCodes().stream()).toList();
        assertThat(imported.ndrs()).isNotEmpty().allSatisfy(n -> {
            if (n.ndr().code() == null) {
                assertThat(n.ndr().text()).isNotBlank();
            } else {
                assertThat(allowed).contains(n.ndr().code());
            }
        });
    }

    @Test
    void serversThatSendNoBounceHeadersAreRecognizedByTheirStructure() throws InputException {
        BounceImport x6 = reader.read(CorpusMessages.FOLDER.resolve("rbsoe__email-x6-01.eml"));
        BounceImport kddi = reader.read(CorpusMessages.FOLDER.resolve("rbsoe__email-kddi-01.eml"));

        assertThat(x6.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isEqualTo("5.4.6");
            assertThat(n.ndr().smtp()).isEqualTo(554);
            assertThat(n.ndr().recipient()).isEqualTo("kijitora@nyaan.example.org");
        });
        assertThat(kddi.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isNull();
            assertThat(n.ndr().text()).isEqualTo("As their mailbox is full.");
            assertThat(n.ndr().recipient()).isEqualTo("kijitora@x0000000000000.dion.ne.jp");
            assertThat(n.ndr().sender()).isEqualTo("shironeko@example.com");
        });
    }

    @Test
    void theRemoteReplyAmazonSesQuotesRefinesItsGenericStatus() throws InputException {
        BounceImport ses = reader.read(CorpusMessages.FOLDER.resolve("rbsoe__email-amazonses-03.eml"));

        assertThat(ses.ndrs()).singleElement().satisfies(n -> {
            assertThat(n.ndr().code()).isEqualTo("5.2.2");
            assertThat(n.ndr().smtp()).isEqualTo(550);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notBounces")
    void ordinaryMailAndAutoRepliesAreNotBounces(CorpusMessages message) {
        assertThatThrownBy(() -> reader.read(message.path()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(message.path().toString())
                .hasMessageContaining("is not a bounce message");
    }
}
