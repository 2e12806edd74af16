package org.mailblock.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailblock.facts.Ndr;
import org.mailblock.load.FactFileLoader;

/** Problems in events and facts are reported at their line and column in the record's own value. */
class RecordPositionsTest {

    private final EventReader events = new EventReader(FactFileLoader.standard());
    private final FactsReader facts = new FactsReader(FactFileLoader.standard());

    private static Problem first(Checked<?> checked) {
        assertThat(checked).isInstanceOf(Checked.Rejected.class);
        return ((Checked.Rejected<?>) checked).rejection().problems().get(0);
    }

    @Test
    void aBadValueOnTheFirstLineOfAnEventIsFoundAtItsOwnColumn() {
        String event = "{\"code\":\"5.7.705\",\"smtp\":\"five\"}";
        Problem p = first(events.read("contoso.onmicrosoft.com", event));
        assertThat(p.path()).isEqualTo("smtp");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(event.indexOf("\"five\"") + 1);
    }

    @Test
    void aBadValueOnTheFirstLineOfFactsIsFoundAtItsOwnColumnDespiteTheNdrPutIn() {
        String value = "{\"mailblock\":1,\"tenant\":{\"name\":\"contoso.onmicrosoft.com\",\"trial\":\"maybe\"}}";
        Problem p = first(facts.read("contoso.onmicrosoft.com", value));
        assertThat(p.path()).isEqualTo("tenant.trial");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(value.indexOf("\"maybe\"") + 1);
    }

    @Test
    void emptyFactsLackTheVersionAndTheTenant() {
        Checked<String> checked = facts.read("contoso.onmicrosoft.com", "{}");
        assertThat(checked).isInstanceOf(Checked.Rejected.class);
        assertThat(((Checked.Rejected<String>) checked).rejection().problems()).extracting(Problem::path)
                .contains("mailblock", "tenant");
    }

    @Test
    void anAcceptedEventIsNormalizedAsTheLoaderNormalizesFactFiles() {
        Checked<Ndr> checked = events.read("contoso.onmicrosoft.com", "{\"code\":\" 5.7.705 \",\"sender\":\"Alice@Contoso.COM\"}");
        assertThat(checked).isInstanceOf(Checked.Accepted.class);
        Ndr ndr = ((Checked.Accepted<Ndr>) checked).value();
        assertThat(ndr.code()).isEqualTo("5.7.705");
        assertThat(ndr.sender()).isEqualTo("alice@contoso.com");
        assertThat(ndr.count()).isEqualTo(1);
    }
}
