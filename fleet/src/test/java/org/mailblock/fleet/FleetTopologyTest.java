package org.mailblock.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor from NDR events and facts to diagnoses, changes and dead letters, under the test driver. */
class FleetTopologyTest {

    static final String CONTOSO = "contoso.onmicrosoft.com";
    static final String FABRIKAM = "fabrikam.onmicrosoft.com";

    @TempDir
    Path state;

    /** The NDRs of contoso.onmicrosoft.com between 09:00 and 10:00, out of order, one sender written in capitals. */
    static void contosoMorning(FleetDriver fleet, int hour) {
        String h = String.format("%02d", hour);
        fleet.event(CONTOSO, "{\"code\":\"5.7.705\",\"smtp\":550,\"text\":\"Access denied, tenant has exceeded threshold\","
                + "\"sender\":\"alice@contoso.com\",\"recipient\":\"bob@fabrikam.example\",\"at\":\"2026-11-20T" + h + ":10:00Z\",\"count\":3}",
                at(hour + ":10:01"));
        fleet.event(CONTOSO, "{\"code\":\"5.7.750\",\"smtp\":550,\"text\":\"Service unavailable. Client blocked from sending from "
                + "unregistered domains\",\"sender\":\"offers@cheap-meds.example\",\"recipient\":\"someone@adatum.example\","
                + "\"at\":\"2026-11-20T" + h + ":40:00Z\",\"count\":212}", at(hour + ":56:00"));
        fleet.event(CONTOSO, "{\"code\":\"5.7.705\",\"smtp\":550,\"text\":\"Access denied, tenant has exceeded threshold\","
                + "\"sender\":\"Alice@Contoso.com\",\"recipient\":\"bob@fabrikam.example\",\"at\":\"2026-11-20T" + h + ":55:00Z\",\"count\":11}",
                at(hour + ":55:02"));
    }

    /** An event of another tenant whose time closes the windows before it (one hour and five minutes' grace). */
    static void laterEvent(FleetDriver fleet, String time) {
        fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "x@fabrikam.com", "y@contoso.example", "2026-11-20T" + time + "Z", 1), at(time));
    }

    static Instant at(String time) {
        String[] parts = time.split(":");
        return Instant.parse(String.format("2026-11-20T%02d:%s:%sZ", Integer.parseInt(parts[0]), parts[1], parts.length > 2 ? parts[2] : "00"));
    }

    static JsonNode json(String text) throws Exception {
        return FleetJson.MAPPER.readTree(text);
    }

    @Test
    void everyStepIsKeyedByTenantSoNothingIsRepartitioned() {
        String topology = FleetTopology.build(FleetSettings.DEFAULT, FleetDriver.engine()).describe().toString();
        assertThat(topology).doesNotContain("repartition").contains("mailblock.ndr-events", "mailblock.tenant-facts",
                "mailblock.diagnoses", "mailblock.diagnosis-changes", "mailblock.dead-letters");
    }

    @Test
    void aWindowIsDiagnosedOnceItClosesWithTheTenantsFactsAndCollectedAtAtItsEnd() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            contosoMorning(fleet, 9);
            assertThat(fleet.diagnoses()).as("the window is still open").isEmpty();
            laterEvent(fleet, "10:04");
            assertThat(fleet.diagnoses()).as("within the grace period").isEmpty();
            laterEvent(fleet, "10:05");

            List<TestRecord<String, String>> diagnoses = fleet.diagnoses();
            assertThat(diagnoses).hasSize(1);
            TestRecord<String, String> d = diagnoses.get(0);
            assertThat(d.key()).isEqualTo(CONTOSO);
            assertThat(d.getRecordTime()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
            JsonNode diagnosis = json(d.value());
            assertThat(diagnosis.path("tenant").asText()).isEqualTo(CONTOSO);
            assertThat(diagnosis.path("collectedAt").asText()).isEqualTo("2026-11-20T10:00:00Z");
            List<String> causes = new ArrayList<>();
            diagnosis.path("rootCauses").forEach(c -> causes.add(c.path("id").asText()));
            assertThat(causes).contains("malicious-inbound-connector", "compromised-accounts", "admins-without-mfa");
            assertThat(fleet.deadLetters()).isEmpty();
        }
    }

    @Test
    void aWindowsDiagnosisIsByteForByteWhatTheCliPrintsForTheFactFileItStandsFor() throws Exception {
        String fromStream;
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            contosoMorning(fleet, 9);
            laterEvent(fleet, "10:05");
            fromStream = fleet.diagnoses().get(0).value();
        }
        String fromCli = CliJar.diagnoseJson(state, "contoso-window-0900.yaml", FleetDriver.resource("contoso-window-0900.yaml"));
        assertThat(fromStream).isEqualTo(fromCli);
    }

    @Test
    void replayingTheSameInputGivesTheSameRecordsOnEveryTopic() {
        List<List<String>> first = replay(state.resolve("first"));
        List<List<String>> second = replay(state.resolve("second"));
        assertThat(first.get(0)).as("diagnoses").hasSize(3);
        assertThat(first.get(1)).as("changes").isNotEmpty();
        assertThat(first.get(2)).as("dead letters").hasSize(1);
        assertThat(second).isEqualTo(first);
    }

    /** Two windows of two tenants, a facts update and a bad event; every output record with its key and time. */
    private static List<List<String>> replay(Path stateDir) {
        try (FleetDriver fleet = new FleetDriver(stateDir)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            contosoMorning(fleet, 9);
            fleet.event(FABRIKAM, "{\"code\": \"5.7.705\",", at("09:30"));
            laterEvent(fleet, "10:05");
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts-secured.json"), at("10:30"));
            contosoMorning(fleet, 10);
            laterEvent(fleet, "11:05");
            return List.of(lines(fleet.diagnoses()), lines(fleet.changes()), lines(fleet.deadLetters()));
        }
    }

    private static List<String> lines(List<TestRecord<String, String>> records) {
        return records.stream().map(r -> r.key() + " @" + r.getRecordTime() + " " + r.value()).toList();
    }

    @Test
    void aTenantWhoseDiagnosisChangesBetweenTwoWindowsHasTheChangeOnTheChangesTopic() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            contosoMorning(fleet, 9);
            laterEvent(fleet, "10:05");
            List<TestRecord<String, String>> first = fleet.changes().stream().filter(r -> r.key().equals(CONTOSO)).toList();
            assertThat(first).as("a tenant's first diagnosis is all new").hasSize(1);
            JsonNode initial = json(first.get(0).value());
            assertThat(initial.path("previousCollectedAt").isNull()).isTrue();
            assertThat(initial.path("changes").get(0).path("kind").asText()).isEqualTo("leading-cause");
            assertThat(initial.path("changes").get(0).path("from").isNull()).isTrue();

            // the helpdesk admin gets MFA during the next hour; the bounces go on
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts-secured.json"), at("10:30"));
            contosoMorning(fleet, 10);
            laterEvent(fleet, "11:05");
            List<TestRecord<String, String>> next = fleet.changes().stream().filter(r -> r.key().equals(CONTOSO)).toList();
            assertThat(next).hasSize(1);
            JsonNode change = json(next.get(0).value());
            assertThat(change.path("collectedAt").asText()).isEqualTo("2026-11-20T11:00:00Z");
            assertThat(change.path("previousCollectedAt").asText()).isEqualTo("2026-11-20T10:00:00Z");
            List<String> steps = new ArrayList<>();
            change.path("changes").forEach(c -> steps.add(c.path("kind").asText() + " " + c.path("subject").asText()
                    + " " + c.path("from").asText() + "->" + c.path("to").asText()));
            assertThat(steps).contains("step-status enable-admin-mfa required->done");
        }
    }

    @Test
    void aWindowThatDiagnosesAsThePreviousOneGivesNoChange() {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "x@fabrikam.com", "y@contoso.example", "2026-11-20T09:10:00Z", 4), at("09:10"));
            laterEvent(fleet, "10:05");
            laterEvent(fleet, "11:05");
            assertThat(fleet.diagnoses()).hasSize(2);
            assertThat(fleet.changes()).as("only the first diagnosis is new").hasSize(1);
        }
    }

    @Test
    void anEventCountsInTheWindowOfTheTimeItsNdrWasGeneratedNotOfItsArrival() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "x@fabrikam.com", "y@contoso.example", "2026-11-20T09:10:00Z", 4), at("09:10"));
            fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "x@fabrikam.com", "y@contoso.example", "2026-11-20T09:58:00Z", 2), at("10:03"));
            laterEvent(fleet, "10:05");
            List<TestRecord<String, String>> diagnoses = fleet.diagnoses();
            assertThat(diagnoses).hasSize(1);
            JsonNode symptom = json(diagnoses.get(0).value()).path("symptoms").get(0);
            assertThat(symptom.path("count").asLong()).isEqualTo(6);
        }
    }

    @Test
    void aTenantWithoutFactsInTheTableIsDiagnosedFromItsNdrsAlone() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "x@fabrikam.com", "y@contoso.example", "2026-11-20T09:10:00Z", 4), at("09:10"));
            laterEvent(fleet, "10:05");
            List<TestRecord<String, String>> diagnoses = fleet.diagnoses();
            assertThat(diagnoses).hasSize(1);
            JsonNode d = json(diagnoses.get(0).value());
            assertThat(d.path("tenant").asText()).isEqualTo(FABRIKAM);
            assertThat(d.path("symptoms").get(0).path("code").asText()).isEqualTo("5.7.705");
            assertThat(d.path("questions").size()).as("what to collect next").isPositive();
            assertThat(fleet.deadLetters()).isEmpty();
        }
    }

    @Test
    void badEventJsonGoesToTheDeadLettersWithItsPositionAndTheStreamGoesOn() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.event(FABRIKAM, "{\n  \"code\": \"5.7.705\",\n  \"count\": 3,,\n}", at("09:10"));
            fleet.event(FABRIKAM, "{\n  \"code\": \"5.7.705\",\n  \"smtp\": 999\n}", at("09:11"));
            fleet.event(FABRIKAM, "{\"code\":\"5.7.705\",\"cuont\":3}", at("09:12"));
            fleet.event(null, FleetDriver.ndr("5.7.705", "a@b.example", "c@d.example", "2026-11-20T09:13:00Z", 1), at("09:13"));
            fleet.event(FABRIKAM, FleetDriver.ndr("5.7.705", "a@b.example", "c@d.example", "2026-11-20T09:14:00Z", 1), at("09:14"));
            laterEvent(fleet, "10:05");

            List<JsonNode> letters = new ArrayList<>();
            for (TestRecord<String, String> r : fleet.deadLetters()) {
                letters.add(json(r.value()));
            }
            assertThat(letters).hasSize(4);
            JsonNode syntax = letters.get(0);
            assertThat(syntax.path("topic").asText()).isEqualTo("mailblock.ndr-events");
            assertThat(syntax.path("key").asText()).isEqualTo(FABRIKAM);
            assertThat(syntax.path("problems").get(0).path("line").asInt()).isEqualTo(3);
            assertThat(syntax.path("value").asText()).contains("\"count\": 3,,");
            JsonNode smtp = letters.get(1).path("problems").get(0);
            assertThat(smtp.path("path").asText()).isEqualTo("smtp");
            assertThat(smtp.path("line").asInt()).isEqualTo(3);
            assertThat(smtp.path("column").asInt()).isEqualTo(11);
            JsonNode typo = letters.get(2).path("problems").get(0);
            assertThat(typo.path("line").asInt()).isEqualTo(1);
            assertThat(typo.path("column").asInt()).isEqualTo(19);
            assertThat(typo.path("message").asText()).contains("count");
            assertThat(letters.get(3).path("key").isNull()).isTrue();
            assertThat(fleet.diagnoses()).as("the good event is diagnosed").hasSize(1);
        }
    }

    @Test
    void factsThatAreNoFactFileWithoutNdrsOfTheirTenantGoToTheDeadLettersAndLeaveTheTableAsItWas() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            fleet.facts(CONTOSO, "{\"mailblock\":1,\"tenant\":{\"name\":\"" + CONTOSO + "\"},\"ndrs\":[{\"code\":\"5.7.705\"}]}", at("08:01"));
            fleet.facts(CONTOSO, "{\"mailblock\":1,\"tenant\":{\"name\":\"" + FABRIKAM + "\"}}", at("08:02"));
            fleet.facts(CONTOSO, "{\"mailblock\":1,\n\"tenant\":{\"name\":\"" + CONTOSO + "\",\"trial\":\"maybe\"}}", at("08:03"));
            fleet.facts(CONTOSO, "[]", at("08:04"));
            List<JsonNode> letters = new ArrayList<>();
            for (TestRecord<String, String> r : fleet.deadLetters()) {
                letters.add(json(r.value()));
            }
            assertThat(letters).hasSize(4).allSatisfy(l -> assertThat(l.path("topic").asText()).isEqualTo("mailblock.tenant-facts"));
            assertThat(letters.get(0).path("problems").get(0).path("path").asText()).isEqualTo("ndrs");
            assertThat(letters.get(1).path("problems").get(0).path("path").asText()).isEqualTo("tenant.name");
            JsonNode trial = letters.get(2).path("problems").get(0);
            assertThat(trial.path("path").asText()).isEqualTo("tenant.trial");
            assertThat(trial.path("line").asInt()).isEqualTo(2);
            assertThat(letters.get(3).path("problems").get(0).path("message").asText()).contains("JSON object");

            contosoMorning(fleet, 9);
            laterEvent(fleet, "10:05");
            JsonNode d = json(fleet.diagnoses().get(0).value());
            List<String> confirmed = new ArrayList<>();
            d.path("rootCauses").forEach(c -> confirmed.add(c.path("id").asText() + " " + c.path("confidence").asText()));
            assertThat(confirmed).as("diagnosed with the facts that were accepted").contains("malicious-inbound-connector confirmed");
        }
    }

    @Test
    void aTombstoneDeletesATenantsFacts() throws Exception {
        try (FleetDriver fleet = new FleetDriver(state)) {
            fleet.facts(CONTOSO, FleetDriver.resource("contoso-facts.json"), at("08:00"));
            fleet.facts(CONTOSO, null, at("08:30"));
            contosoMorning(fleet, 9);
            laterEvent(fleet, "10:05");
            JsonNode d = json(fleet.diagnoses().get(0).value());
            List<String> confidences = new ArrayList<>();
            d.path("rootCauses").forEach(c -> confidences.add(c.path("confidence").asText()));
            assertThat(confidences).as("the NDRs alone confirm no cause").isNotEmpty().doesNotContain("confirmed");
            assertThat(fleet.deadLetters()).isEmpty();
        }
    }
}
