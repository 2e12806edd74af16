package org.mailblock.ingest;

/** Where in a bounce message an imported value was found; the delivery-status part is the most reliable. */
public enum ValueSource {
    /** The RFC 3464 {@code message/delivery-status} part (Final-Recipient, Status, Diagnostic-Code ...). */
    DELIVERY_STATUS("delivery-status part"),
    /** The human-readable text of the bounce (plain text, or HTML with the tags removed). */
    MESSAGE_TEXT("message text"),
    /** The bounce's own headers (Date, To, X-Failed-Recipients). */
    MESSAGE_HEADERS("bounce headers"),
    /** The headers of the returned original message. */
    ORIGINAL_MESSAGE("returned original message");

    private final String description;

    ValueSource(String description) {
        this.description = description;
    }

    /** How the source is named in messages and fact file comments. */
    public String description() {
        return description;
    }
}
