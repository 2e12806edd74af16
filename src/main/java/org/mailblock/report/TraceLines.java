package org.mailblock.report;

import java.util.List;
import org.mailblock.diagnosis.TraceText;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;

/** The text of trace items: as a report rendered them, or else from their keys in the given messages. */
final class TraceLines {

    private TraceLines() {
    }

    static List<String> texts(List<TraceText> items, Messages m) {
        return items.stream().map(i -> i.text() != null ? i.text() : m.format(i.key(), i.namesAndValues())).toList();
    }

    /** In English, for a diagnosis no report has rendered yet (the JSON contract's default). */
    static List<String> texts(List<TraceText> items) {
        return texts(items, MessageBundles.englishLabels());
    }
}
