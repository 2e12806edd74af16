package org.mailblock.collector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The script checks rest on this split; these pin that it sees a call wherever PowerShell would run one. */
class PowerShellTextTest {

    @Test
    void aCallInAPipelineIsCodeAndACallInACommentIsNothing() {
        PowerShellText text = PowerShellText.of("Get-Mailbox | Set-Mailbox -Identity x # Remove-Mailbox\n<# New-Mailbox #>\n");

        assertThat(text.commandsInCode()).containsExactly("Get-Mailbox", "Set-Mailbox");
        assertThat(text.commandsInStrings()).isEmpty();
    }

    @Test
    void aNameInQuotesIsAStringButASubexpressionInDoubleQuotesIsCode() {
        PowerShellText text = PowerShellText.of("$a = 'Remove-InboundConnector'\nWrite-Host \"x $(Set-Mailbox -Identity y) 'z'\"\n");

        assertThat(text.commandsInCode()).containsExactly("Write-Host", "Set-Mailbox");
        assertThat(text.commandsInStrings()).containsExactly("Remove-InboundConnector");
    }

    @Test
    void parametersVariablesAndMembersAreNoCommands() {
        PowerShellText text = PowerShellText.of("$x = $end.AddDays(-$DaysOfAudit) -ErrorAction Stop; $my-var; $a.Get-Thing\n");

        assertThat(text.commandsInCode()).isEmpty();
    }

    @Test
    void theScriptsOwnFunctionsAreFound() {
        assertThat(PowerShellText.of("function Write-Export {\n}\n  function Test-Right {\n}\n").functions())
                .containsExactly("Write-Export", "Test-Right");
    }
}
