package org.mailblock.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PluralTextTest {

    private static final String NDRS = "{count, plural, one {# NDR} other {# NDRs}} {code}";

    @Test
    void oneTakesTheSingularAndEveryOtherNumberThePlural() {
        assertThat(PluralText.expand(NDRS, Map.<String, Object>of("count", 1L)::get)).isEqualTo("1 NDR {code}");
        assertThat(PluralText.expand(NDRS, Map.<String, Object>of("count", 0)::get)).isEqualTo("0 NDRs {code}");
        assertThat(PluralText.expand(NDRS, Map.<String, Object>of("count", 14L)::get)).isEqualTo("14 NDRs {code}");
    }

    @Test
    void anExactFormWinsOverTheCategoryAndFormsMayHoldPlaceholders() {
        String text = "{n, plural, =0 {no file of {who}} one {one file} other {# files of {who}}}";
        assertThat(PluralText.expand(text, Map.<String, Object>of("n", 0)::get)).isEqualTo("no file of {who}");
        assertThat(PluralText.expand(text, Map.<String, Object>of("n", 1)::get)).isEqualTo("one file");
        assertThat(PluralText.expand(text, Map.<String, Object>of("n", 3)::get)).isEqualTo("3 files of {who}");
    }

    @Test
    void aBlockWithoutANumberOrMalformedStaysAsItIsSoTheGapShows() {
        assertThat(PluralText.expand(NDRS, Map.<String, Object>of()::get)).isEqualTo(NDRS);
        assertThat(PluralText.expand(NDRS, Map.<String, Object>of("count", "many")::get)).isEqualTo(NDRS);
        String open = "{count, plural, one {# NDR} other {# NDRs}";
        assertThat(PluralText.expand(open, Map.<String, Object>of("count", 2)::get)).isEqualTo(open);
        assertThat(PluralText.malformed(open)).isTrue();
        assertThat(PluralText.malformed("{count, plural, one {# NDR}}")).as("no other form").isTrue();
        assertThat(PluralText.malformed(NDRS)).isFalse();
    }

    @Test
    void theNamesOfATextAreThoseOfItsBlocksAndOfItsPlainPlaceholders() {
        assertThat(PluralText.names(NDRS)).containsExactly("code", "count");
        assertThat(PluralText.names("{user} sent to {count}")).containsExactly("count", "user");
        assertThat(PluralText.names("wartet auf {count, plural, one {Schritt} other {Schritte {steps}}}"))
                .as("the words of a form are no placeholders").containsExactly("count", "steps");
    }
}
