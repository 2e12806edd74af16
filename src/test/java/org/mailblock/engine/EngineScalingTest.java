package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mailblock.bench.SectionScaling;
import org.mailblock.bench.SectionScaling.Section;
import org.mailblock.diagnosis.Diagnosis;

/**
 * No section of a fact file makes the engine's work grow much faster than the section: four times the
 * section (two doublings) may cost at most six times the CPU time, where linear work costs at most four times
 * (less, since the other sections stay as they are) and a join of the section with itself sixteen. The margin
 * allows for noisy CPU time; scripts/scale prints the growth per doubling of every section.
 */
class EngineScalingTest {

    private static final DiagnosisEngine ENGINE = build();

    @ParameterizedTest
    @EnumSource(Section.class)
    void fourTimesASectionCostsAtMostSixTimesTheWork(Section section) {
        Diagnosis large = ENGINE.diagnose(SectionScaling.tenant(section, 4)); // warms the JIT on the larger tenant
        assertThat(large.rootCauses()).isNotEmpty();
        double base = SectionScaling.cpuMs(ENGINE, SectionScaling.tenant(section, 1), 5);
        double four = SectionScaling.cpuMs(ENGINE, SectionScaling.tenant(section, 4), 5);
        assertThat(four / Math.max(base, 1.0)).as("%s: %.1f ms at %d, %.1f ms at %d", section, base, section.base(), four, 4 * section.base())
                .isLessThan(6.0);
    }

    private static DiagnosisEngine build() {
        try {
            return DiagnosisEngine.builder().build();
        } catch (RuleBaseException e) {
            throw new IllegalStateException(e);
        }
    }
}
