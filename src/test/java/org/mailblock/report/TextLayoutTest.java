package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.i18n.Messages;
import org.mailblock.report.SampleReports.Sample;

class TextLayoutTest {

    private static final String ESC = "\u001B";

    @Test
    void thePlainLayoutGivesTheSameBytesAsTheReportForAPipe() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Messages en = SampleReports.messages("en");
        assertThat(Reports.renderText(s.diagnosis(), s.facts(), en, false, TextLayout.PLAIN))
                .isEqualTo(Reports.render(ReportFormat.TEXT, s.diagnosis(), s.facts(), en, false)).doesNotContain(ESC);
    }

    @Test
    void proseIsWrappedToTheTerminalsWidthAndCommandsStayWhole() {
        for (String language : List.of("en", "de")) {
            Messages m = SampleReports.messages(language);
            for (Sample s : SampleReports.all()) {
                for (int width : List.of(50, 120)) {
                    String text = Reports.renderText(s.diagnosis(), s.facts(), m, false, new TextLayout(width, false));
                    String check = m.text("purpose.check") + ":";
                    String fix = m.text("purpose.fix") + ":";
                    // the title and the line under it stay whole, as in the 80-column report
                    for (String line : text.lines().skip(2).toList()) {
                        boolean command = line.trim().startsWith(check) || line.trim().startsWith(fix);
                        boolean oneLongWord = !line.strip().replaceFirst("^- ", "").contains(" ");
                        if (!command && !oneLongWord) {
                            assertThat(line.length()).as(s + " " + language + " " + width + ": " + line).isLessThanOrEqualTo(width);
                        }
                    }
                }
            }
        }
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Messages en = SampleReports.messages("en");
        String wide = Reports.renderText(s.diagnosis(), s.facts(), en, false, new TextLayout(120, false));
        assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(80);
        assertThat(wide.replaceAll("\\s+", " ")).isEqualTo(Reports.render(ReportFormat.TEXT, s.diagnosis(), s.facts(), en, false)
                .replaceAll("\\s+", " "));
    }

    @Test
    void colourMarksStatusesConfidencesAndHeadingsAndChangesNoWord() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        for (String language : List.of("en", "de")) {
            Messages m = SampleReports.messages(language);
            String plain = Reports.renderText(s.diagnosis(), s.facts(), m, false, TextLayout.PLAIN);
            String coloured = Reports.renderText(s.diagnosis(), s.facts(), m, false, new TextLayout(80, true));
            assertThat(coloured.replaceAll(ESC + "\\[[0-9;]*m", "")).isEqualTo(plain);
            assertThat(coloured).contains(ESC + "[1;31m[" + m.text("status.required") + "]" + ESC + "[0m")
                    .contains(ESC + "[1;31m[" + m.text("confidence.confirmed") + "]" + ESC + "[0m")
                    .contains(ESC + "[1m" + m.text("text.plan") + ESC + "[0m")
                    .startsWith(ESC + "[1m");
        }
    }
}
