package org.mailblock.report;

import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.i18n.Messages;

/**
 * What the Markdown and HTML templates show of a diagnosis made with assumptions: the mark, the
 * assumed facts and what they change. Absent ({@code null}) for a diagnosis of the file as it is.
 */
record WhatIfView(String banner, String assumptionsLabel, List<String> assumptions, String changesLabel, List<String> changes) {

    static WhatIfView of(Diagnosis d, Messages m) {
        if (!d.assumed()) {
            return null;
        }
        return new WhatIfView(WhatIfLines.banner(d, m), m.text("whatif.assumptions"), WhatIfLines.assumptions(d, m),
                m.text("whatif.changes"), WhatIfLines.whatIf(d, m));
    }
}
