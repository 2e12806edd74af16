package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theBarShowsTheRateSoFarAndTheTimeLeftAtThatRate() {
        assertThat(ProgressBar.line(100, 400, 20 * SECOND))
                .isEqualTo("[#######-----------------------] 100/400 files  5.0 files/s  1:00 left");
    }

    @Test
    void theFinishedBarShowsNoTimeLeftAndTheStartShowsNoRate() {
        assertThat(ProgressBar.line(400, 400, 80 * SECOND)).endsWith("400/400 files  5.0 files/s");
        assertThat(ProgressBar.line(0, 400, 0)).endsWith("0/400 files");
    }

    @Test
    void hoursOfWorkLeftAreWrittenWithHours() {
        assertThat(ProgressBar.clock(3 * 3600 + 62)).isEqualTo("3:01:02");
        assertThat(ProgressBar.clock(59)).isEqualTo("0:59");
    }

    @Test
    void aBarRedrawsInPlaceFromItsOwnClockAndIsClearedAtTheEnd() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, 4, () -> now[0]);
        now[0] = 2 * SECOND;
        bar.update(1);
        assertThat(text.toString()).isEqualTo("\r[#######-----------------------] 1/4 files  0.5 files/s  0:06 left");
        bar.finish();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(80) + "\r");
    }

    @Test
    void aDisabledBarDrawsNothingButStillPrintsMessages() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, 4, () -> 0);
        bar.update(2);
        bar.println("a.yaml:1:1: broken");
        bar.finish();
        assertThat(text.toString()).isEqualTo("a.yaml:1:1: broken" + System.lineSeparator());
    }
}
