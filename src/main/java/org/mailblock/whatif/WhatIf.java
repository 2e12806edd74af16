package org.mailblock.whatif;

import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.DiagnosisComparison;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactPatch;

/** Diagnoses a fact file with facts assumed on top of it, marked as such, next to the diagnosis without them. */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * The diagnosis with the assumptions, carrying them and what they change against the file as it is;
     * without assumptions, the diagnosis of the file as it is.
     *
     * @throws FactFileException when the assumptions cannot be applied or make the facts invalid
     */
    public static Diagnosis diagnose(DiagnosisEngine engine, AssumableFacts file, FactPatch assumed, DiagnoseOptions options)
            throws FactFileException {
        Diagnosis plain = engine.diagnose(file.original().facts(), options);
        if (assumed.isEmpty()) {
            return plain;
        }
        Diagnosis with = engine.diagnose(file.assuming(assumed).facts(), options);
        return with.assuming(assumed.assumptions(), DiagnosisComparison.compare(plain, with));
    }
}
