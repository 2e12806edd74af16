package org.mailblock.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.AnswerEffect;
import org.mailblock.diagnosis.Change;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Impact;
import org.mailblock.diagnosis.Question;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactPatch;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;

class QuestionRankingTest {

    private static final QuestionRanking RANKING = new QuestionRanking(WhatIfTest.ENGINE);

    private record Ranked(AssumableFacts file, Diagnosis plain, Diagnosis ranked) {
    }

    private static Ranked rank(String sample) throws Exception {
        AssumableFacts file = FactFileLoader.standard().assumable(Path.of("facts-samples", sample + ".yaml"));
        Diagnosis plain = WhatIfTest.ENGINE.diagnose(file.original().facts());
        return new Ranked(file, plain, RANKING.rank(plain, file, FactPatch.NONE));
    }

    private static Question question(Diagnosis d, String id) {
        return d.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Ranked r, String language) {
        return Reports.render(ReportFormat.TEXT, r.ranked(), r.file().original().facts(),
                MessageBundles.packaged(WhatIfTest.ENGINE.catalogue()).messages(language), false).replaceAll("\\s+", " ");
    }

    @Test
    void onATenantWhereNothingIsKnownTheFirstQuestionCanChangeTheLeadingCauseAndTheOneThatOnlyMovesAStepComesAfter() throws Exception {
        Ranked r = rank("threshold-with-nothing-else-known");
        assertThat(r.plain().questions()).extracting(Question::id).containsExactly("subscription-dates", "user-compromise-signals",
                "connectors", "admin-mfa", "on-premises-servers", "bulk-mail");
        assertThat(r.ranked().questions()).extracting(Question::id).containsExactly("subscription-dates", "connectors", "admin-mfa",
                "on-premises-servers", "bulk-mail", "user-compromise-signals");
        Question first = r.ranked().questions().get(0);
        assertThat(first.impact()).isEqualTo(Impact.DECISIVE);
        assertThat(first.answers()).anySatisfy(a -> assertThat(a.effect().changes()).extracting(Change::kind)
                .contains(Change.Kind.LEADING_CAUSE));
        assertThat(question(r.ranked(), "user-compromise-signals").impact()).isEqualTo(Impact.STEP);
        // ranking reorders and annotates the questions; the rest of the diagnosis stays as it was
        assertThat(r.ranked().rootCauses()).isEqualTo(r.plain().rootCauses());
        assertThat(r.ranked().actions()).isEqualTo(r.plain().actions());
    }

    @Test
    void eachAnswerSaysInOneLineWhatItWouldChange() throws Exception {
        Ranked r = rank("threshold-with-nothing-else-known");
        List<AnswerEffect> mfa = question(r.ranked(), "admin-mfa").answers();
        assertThat(mfa).extracting(AnswerEffect::id).containsExactly("enforced", "missing");
        assertThat(text(r, "en")).contains("If every admin has MFA enforced: step 2, Enforce multifactor authentication for every admin,"
                + " becomes done; Admin accounts without multifactor authentication is ruled out; step 6 still waits for steps 1, 3, 4 and 5")
                .contains("If a Global Administrator has no MFA: the leading cause becomes Admin accounts without multifactor"
                        + " authentication (confirmed);");
        assertThat(text(r, "de")).contains("Bei der Antwort „jeder Admin hat MFA erzwungen“: Schritt 2, Mehrstufige Authentifizierung für jeden Administrator erzwingen: jetzt erledigt");
    }

    @Test
    void aQuestionNoAnswerChangesComesLastAndIsFlagged() throws Exception {
        Ranked r = rank("unregistered-domains-lists-missing");
        assertThat(r.ranked().questions()).extracting(Question::id, Question::impact).containsExactly(
                org.assertj.core.groups.Tuple.tuple("on-premises-servers", Impact.STEP),
                org.assertj.core.groups.Tuple.tuple("accepted-domains", null),
                org.assertj.core.groups.Tuple.tuple("user-compromise-signals", Impact.NONE),
                org.assertj.core.groups.Tuple.tuple("sending-domains", Impact.NONE));
        assertThat(question(r.ranked(), "sending-domains").neverMatters()).isTrue();
        assertThat(question(r.ranked(), "accepted-domains").neverMatters()).isFalse();
        assertThat(text(r, "en")).contains("No typical answer changes this diagnosis; ask it last.");
    }

    @Test
    void answersAreTriedOnTopOfTheAssumptionsAlreadyMade() throws Exception {
        AssumableFacts file = FactFileLoader.standard().assumable(Path.of("facts-samples", "threshold-with-nothing-else-known.yaml"));
        FactPatch assumed = FactPatch.expression("connectors=[]");
        Diagnosis d = WhatIf.diagnose(WhatIfTest.ENGINE, file, assumed, org.mailblock.engine.DiagnoseOptions.DEFAULT);
        Diagnosis ranked = RANKING.rank(d, file, assumed);
        assertThat(ranked.questions()).extracting(Question::id).doesNotContain("connectors");
        assertThat(ranked.assumptions()).isEqualTo(d.assumptions());
        // with no connector assumed, the admin-mfa answers still say what they change against that assumed diagnosis
        assertThat(question(ranked, "admin-mfa").impact()).isEqualTo(Impact.DECISIVE);
    }
}
