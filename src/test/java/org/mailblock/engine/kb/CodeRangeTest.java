package org.mailblock.engine.kb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mailblock.facts.Ndr;

class CodeRangeTest {

    @Test
    void aCodeInsideTheRangeBoundsIncludedIsWithin() {
        assertTrue(CodeRange.within("4.7.500", "4.7.500", "4.7.699"));
        assertTrue(CodeRange.within("4.7.650", "4.7.500", "4.7.699"));
        assertTrue(CodeRange.within("4.7.699", "4.7.500", "4.7.699"));
    }

    @Test
    void aCodeOutsideTheRangeOrOfAnotherClassIsNot() {
        assertFalse(CodeRange.within("4.7.700", "4.7.500", "4.7.699"));
        assertFalse(CodeRange.within("4.7.26", "4.7.500", "4.7.699"));
        assertFalse(CodeRange.within("5.7.600", "4.7.500", "4.7.699"));
        assertFalse(CodeRange.within("4.7.5x0", "4.7.500", "4.7.699"));
        assertFalse(CodeRange.within(null, "4.7.500", "4.7.699"));
    }

    @Test
    void aPhraseIsFoundInTheNdrTextWhateverItsCase() {
        Ndr ndr = new Ndr("5.7.64", 550, "550 5.7.64 Relay Access Denied attr36", null, null, null, null);
        assertTrue(CodeRange.textHas(ndr, "ATTR36"));
        assertFalse(CodeRange.textHas(ndr, "TenantAttribution"));
        assertFalse(CodeRange.textHas(Ndr.of("5.7.64"), "ATTR36"));
    }
}
