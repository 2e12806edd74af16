package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;
import picocli.CommandLine;

/** What a cold start leaves out or does early must not change what the user sees. */
class StartPathTest {

    private static final String SAMPLE = MailblockCliTest.SAMPLE;

    @Test
    void aNamedCommandIsTheOnlyOneModelled() {
        assertThat(MailblockCli.commandLine(new MailblockCli(), new String[] {"diagnose", SAMPLE}).getSubcommands())
                .containsOnlyKeys("diagnose");
        assertThat(MailblockCli.commandLine(new MailblockCli(), new String[] {"import", "ndr", "x.eml"}).getSubcommands()
                .get("import").getSubcommands()).containsKeys("ndr", "exo");
    }

    @Test
    void everyCommandIsModelledForTheOverviewHelpAndATypo() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "diagnose"}, {"dignose", SAMPLE}, {"generate-completion"}}) {
            assertThat(MailblockCli.commandLine(new MailblockCli(), args).getSubcommands())
                    .as(String.join(" ", args)).containsKeys("diagnose", "packet", "import", "check", "help", "generate-completion");
        }
    }

    @Test
    void aCommandsHelpIsTheSameAsTheFullModelGives() {
        for (String command : new String[] {"diagnose", "packet", "import", "check", "test", "explain", "rules", "new", "schema",
            "serve", "collector"}) {
            CliRun direct = CliRun.of(command, "--help");
            CliRun viaHelp = CliRun.of("help", command);
            assertThat(direct.exitCode()).as(command).isZero();
            assertThat(direct.out()).as(command).isEqualTo(viaHelp.out()).contains("Usage: mailblock " + command);
        }
    }

    @Test
    void aMistakeInANamedCommandStillNamesItAndItsHelp() {
        CliRun run = CliRun.of("diagnose", "--formt", "json", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--formt'").contains("Did you mean '--format'?")
                .contains("Usage: mailblock diagnose").contains("See 'mailblock diagnose --help'.");
    }

    @Test
    void aDiagnosisStartsBuildingTheEngineWhileTheFactsAreRead() {
        assertThat(EnginePrefetch.start(new String[] {"diagnose", SAMPLE})).isPresent();
        assertThat(EnginePrefetch.start(new String[] {"packet", SAMPLE, "-o", "x.zip"})).isPresent();
    }

    @Test
    void nothingIsBuiltEarlyForOtherCommandsHelpOrAnotherRuleFolder() {
        for (String[] args : new String[][] {{}, {"check"}, {"diagnose", "--help"}, {"diagnose", "-V"},
            {"diagnose", "--rules", "my-rules", SAMPLE}, {"diagnose", "--rules=my-rules", SAMPLE}, {"import", "ndr", "x.eml"}}) {
            assertThat(EnginePrefetch.start(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void theEngineBuiltEarlyDiagnosesLikeOneBuiltByTheCommand() throws Exception {
        EnginePrefetch.Prepared early = EnginePrefetch.start(new String[] {"diagnose", SAMPLE}).orElseThrow().await();
        assertThat(early.warnings()).isEmpty();
        assertThat(early.bundles().languages()).contains("en", "de");
        TenantFacts facts = FactFileLoader.standard().load(Path.of(SAMPLE)).facts();
        assertThat(early.engine().diagnose(facts)).isEqualTo(DiagnosisEngine.builder().build().diagnose(facts));
    }

    @Test
    void theCommandTakesTheEngineItsOwnRunStartedBuilding() {
        String[] args = {"diagnose", SAMPLE};
        Optional<EnginePrefetch> prefetch = EnginePrefetch.start(args);
        CommandLine cli = MailblockCli.commandLine(new MailblockCli(System.in, prefetch), args);
        assertThat(EnginePrefetch.of(cli.getSubcommands().get("diagnose"))).isPresent().isSameAs(prefetch);
        assertThat(EnginePrefetch.of(MailblockCli.commandLine(new MailblockCli(), args).getSubcommands().get("diagnose"))).isEmpty();
    }
}
