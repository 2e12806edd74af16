package org.mailblock.engine;

import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.session.CommandExpansion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Command;

class CommandExpansionTest {

    private static final Catalogue.ActionEntry REGISTER = new Catalogue.ActionEntry("register-sending-domains", 10, "t", "s",
            List.of(new Command("check", "Get-AcceptedDomain"), new Command("fix", "New-MgDomain -Id '<domain>'")),
            false, false, "domain");

    @Test
    void aCommandWithTwoTargetsIsWrittenOnceForEachWithItsValue() {
        assertThat(CommandExpansion.expand(REGISTER, List.of("a.example", "b.example"))).extracting(Command::run)
                .containsExactly("Get-AcceptedDomain", "New-MgDomain -Id 'a.example'", "New-MgDomain -Id 'b.example'");
    }

    @Test
    void aCommandWithSevenTargetsKeepsItsPlaceholderAndSaysHowManyItStandsFor() {
        List<String> seven = IntStream.rangeClosed(1, 7).mapToObj(i -> "d" + i + ".example").toList();
        List<Command> out = CommandExpansion.expand(REGISTER, seven);
        assertThat(out).extracting(Command::run).containsExactly("Get-AcceptedDomain", "New-MgDomain -Id '<domain>'");
        assertThat(out).extracting(Command::forEach).containsExactly(0, 7);
    }

    @Test
    void aQuoteInAValueIsDoubledForPowerShell() {
        assertThat(CommandExpansion.expand(REGISTER, List.of("o'brien.example")).get(1).run())
                .isEqualTo("New-MgDomain -Id 'o''brien.example'");
    }

    @Test
    void aTypographicQuoteInAValueIsDoubledTooSoThatItCannotEndTheString() {
        // PowerShell ends a single-quoted string at U+2018..U+201B as at '
        assertThat(CommandExpansion.expand(REGISTER, List.of("x\u2019; Start-Process calc; \u2018")).get(1).run())
                .isEqualTo("New-MgDomain -Id 'x\u2019\u2019; Start-Process calc; \u2018\u2018'");
    }

    @Test
    void withoutTargetsTheCommandsStayAsWritten() {
        assertThat(CommandExpansion.expand(REGISTER, List.of())).isEqualTo(REGISTER.commands());
    }
}
