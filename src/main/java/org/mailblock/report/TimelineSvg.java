package org.mailblock.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws a timeline as an inline SVG: a vertical line with one dot per event, its date and what
 * happened, and the time between two events on the line. The layout depends on the events
 * alone, so the same facts always give the same drawing.
 */
final class TimelineSvg {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int ROW = 34;
    private static final int TOP = 20;
    private static final int WIDTH = 720;
    private static final int LINE_X = 190;

    private TimelineSvg() {
    }

    /** The SVG element, or an empty string when there are no events. */
    static String render(List<Timeline.Event> events, String title) {
        if (events.isEmpty()) {
            return "";
        }
        int height = TOP * 2 + ROW * (events.size() - 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\"><title>").append(Html.escape(title)).append("</title>");
        svg.append("<line x1=\"").append(LINE_X).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LINE_X)
                .append("\" y2=\"").append(height - TOP).append("\" class=\"axis\"/>");
        for (int i = 0; i < events.size(); i++) {
            Timeline.Event e = events.get(i);
            int y = TOP + i * ROW;
            if (i > 0) {
                String gap = gap(Duration.between(events.get(i - 1).at(), e.at()));
                if (!gap.isEmpty()) {
                    svg.append("<text x=\"").append(LINE_X + 10).append("\" y=\"").append(y - ROW / 2 + 4)
                            .append("\" class=\"gap\">").append(Html.escape(gap)).append("</text>");
                }
            }
            String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            svg.append("<g class=\"event ").append(kind).append("\">");
            svg.append("<text x=\"").append(LINE_X - 14).append("\" y=\"").append(y + 4).append("\" class=\"date\" text-anchor=\"end\">")
                    .append(DATE.format(e.at())).append("</text>");
            svg.append("<circle cx=\"").append(LINE_X).append("\" cy=\"").append(y).append("\" r=\"6\"/>");
            svg.append("<text x=\"").append(LINE_X + 16).append("\" y=\"").append(y + 4).append("\" class=\"label\">")
                    .append(Html.escape(e.label())).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Beyond this many years a gap says only that it is longer: a date that far off is a mistake, not a span to measure. */
    static final long MAX_YEARS = 100;

    /** The time between two events, roughly: {@code +3 d}, {@code +5 h}, {@code +40 min}, at most {@code +>100 y}; empty for none. */
    static String gap(Duration d) {
        long minutes = d.toMinutes();
        if (minutes <= 0) {
            return "";
        }
        if (minutes < 120) {
            return "+" + minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 48) {
            return "+" + hours + " h";
        }
        long days = d.toDays();
        if (days < 730) {
            return "+" + days + " d";
        }
        long years = days / 365;
        return years <= MAX_YEARS ? "+" + years + " y" : "+>" + MAX_YEARS + " y";
    }
}
