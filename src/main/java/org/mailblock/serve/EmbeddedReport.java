package org.mailblock.serve;

/**
 * The HTML report cut into its style sheet and its body, so that the page shows the very report
 * {@code mailblock diagnose --format html} writes below its own form.
 *
 * @param style the report's CSS
 * @param body  what the report's {@code <body>} holds
 */
record EmbeddedReport(String style, String body) {

    static EmbeddedReport of(String page) {
        int styleStart = page.indexOf("<style>");
        int styleEnd = page.indexOf("</style>");
        int bodyStart = page.indexOf("<body>");
        int bodyEnd = page.lastIndexOf("</body>");
        if (styleStart < 0 || styleEnd < styleStart || bodyStart < styleEnd || bodyEnd < bodyStart) {
            throw new IllegalStateException("the HTML report no longer has one <style> and one <body>; the page cannot show it");
        }
        return new EmbeddedReport(page.substring(styleStart + "<style>".length(), styleEnd),
                page.substring(bodyStart + "<body>".length(), bodyEnd));
    }
}
