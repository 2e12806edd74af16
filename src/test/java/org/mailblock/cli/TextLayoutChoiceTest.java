package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailblock.report.TextLayout;

class TextLayoutChoiceTest {

    @Test
    void aPipeOrAFileGetsEightyColumnsWithoutColourWhateverTheEnvironmentSays() {
        assertThat(TextLayoutChoice.choose(false, false, Map.of("COLUMNS", "132"), () -> 200)).isEqualTo(TextLayout.PLAIN);
    }

    @Test
    void aTerminalGetsColourAndTheWidthColumnsNames() {
        assertThat(TextLayoutChoice.choose(true, false, Map.of("COLUMNS", "100"), () -> 60)).isEqualTo(new TextLayout(100, true));
    }

    @Test
    void withoutColumnsTheWidthTheTerminalReportsCountsAndWithoutEitherEighty() {
        assertThat(TextLayoutChoice.choose(true, false, Map.of(), () -> 60).width()).isEqualTo(60);
        assertThat(TextLayoutChoice.choose(true, false, Map.of("COLUMNS", "wide"), () -> 0).width()).isEqualTo(80);
    }

    @Test
    void theWidthStaysBetweenFortyAndOneHundredTwenty() {
        assertThat(TextLayoutChoice.choose(true, false, Map.of("COLUMNS", "20"), () -> 0).width()).isEqualTo(40);
        assertThat(TextLayoutChoice.choose(true, false, Map.of("COLUMNS", "300"), () -> 0).width()).isEqualTo(120);
    }

    @Test
    void noColorTheOptionOrADumbTerminalTurnColourOff() {
        assertThat(TextLayoutChoice.choose(true, false, Map.of("NO_COLOR", "1"), () -> 0).colour()).isFalse();
        assertThat(TextLayoutChoice.choose(true, false, Map.of("NO_COLOR", ""), () -> 0).colour()).as("empty NO_COLOR is unset").isTrue();
        assertThat(TextLayoutChoice.choose(true, true, Map.of(), () -> 0).colour()).isFalse();
        assertThat(TextLayoutChoice.choose(true, false, Map.of("TERM", "dumb"), () -> 0).colour()).isFalse();
    }
}
