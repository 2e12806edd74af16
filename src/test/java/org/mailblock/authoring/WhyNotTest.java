package org.mailblock.authoring;

import org.mailblock.engine.inspect.WhyNot;
import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** Why-not names the condition that failed, whatever its kind. */
class WhyNotTest {

    @TempDir
    static Path dir;
    static Workbench workbench;
    static TenantFacts facts;

    @BeforeAll
    static void open() throws IOException, RuleBaseException, FactFileException {
        Path rules = Copies.rules(dir);
        Files.writeString(rules.resolve("causes-probe-kinds.drl"), """
                // Layer 2, causes: rules whose conditions are of every kind, none of which can fire on the sample.
                package mailblock;

                import org.mailblock.facts.*;
                import org.mailblock.engine.kb.*;
                import org.mailblock.diagnosis.Confidence;
                import function org.mailblock.engine.kb.Conclude.cause;

                // An eval that no tenant name satisfies.
                rule "An eval that fails"
                    @id("cause-eval-fails") @codes("5.7.705")
                    salience 30
                when
                    $t : Tenant( $name : name )
                    eval( $name.length() > 1000 )
                then
                    insert( cause(kcontext, "bulk-mail-volume", Confidence.POSSIBLE).because($t, "name", "bulk-mail") );
                end

                // An alternative of which no branch holds.
                rule "An or that fails"
                    @id("cause-or-fails") @codes("5.7.705")
                    salience 30
                when
                    $t : Tenant()
                    ( Outbound( bulkMail == true ) or Subscription( status == SubscriptionStatus.SUSPENDED ) )
                then
                    insert( cause(kcontext, "bulk-mail-volume", Confidence.POSSIBLE).because($t, "name", "bulk-mail") );
                end

                // A pattern over what the first one collected.
                rule "A from that fails"
                    @id("cause-from-fails") @codes("5.7.705")
                    salience 30
                when
                    $a : Admin( $roles : roles )
                    String( this == "Nobody" ) from $roles
                then
                    insert( cause(kcontext, "bulk-mail-volume", Confidence.POSSIBLE).because($a, "roles", "admin-roles", "user", $a.upn()) );
                end

                // The second admin must exist, and must have MFA.
                rule "Exists that fails on a constraint"
                    @id("cause-exists-fails") @codes("5.7.705")
                    salience 30
                when
                    exists Admin( roles contains "Exchange Administrator", mfa == true )
                then
                    insert( cause(kcontext, "bulk-mail-volume", Confidence.POSSIBLE).unknown("admins", "admins-unknown") );
                end
                """);
        workbench = Workbench.open(rules);
        facts = FactFileLoader.standard().load(Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml")).facts();
    }

    @Test
    void anEvalThatFailsIsTheFailingCondition() throws RuleBaseException {
        WhyNot w = workbench.whyNot(facts, "cause-eval-fails");
        assertThat(w.fired()).isFalse();
        assertThat(w.matched()).isEqualTo(1);
        assertThat(w.failing().kind()).isEqualTo("eval");
        assertThat(w.failing().text()).isEqualTo("eval( $name.length() > 1000 )");
        assertThat(w.reason()).isEqualTo("condition 2 (eval) is not satisfied together with the conditions before it");
    }

    @Test
    void anOrOfWhichNoBranchHoldsIsTheFailingCondition() throws RuleBaseException {
        WhyNot w = workbench.whyNot(facts, "cause-or-fails");
        assertThat(w.failing().kind()).isEqualTo("or");
        assertThat(w.failing().text()).isEqualTo("( Outbound( bulkMail == true ) or Subscription( status == SubscriptionStatus.SUSPENDED ) )");
    }

    @Test
    void aFromThatFindsNothingIsTheFailingCondition() throws RuleBaseException {
        WhyNot w = workbench.whyNot(facts, "cause-from-fails");
        assertThat(w.matched()).isEqualTo(1);
        assertThat(w.failing().kind()).isEqualTo("from");
        assertThat(w.failing().text()).isEqualTo("String( this == \"Nobody\" ) from $roles");
    }

    @Test
    void anExistsNamesItsFailingConstraintAndTheFactsThatMetTheOnesBefore() throws RuleBaseException {
        WhyNot w = workbench.whyNot(facts, "cause-exists-fails");
        assertThat(w.failing().kind()).isEqualTo("exists");
        assertThat(w.constraint()).isEqualTo("mfa == true");
        assertThat(w.constraintsMet()).isEqualTo(1);
        assertThat(w.facts()).containsExactly("admins[1]: mfa = false");
    }
}
