package org.mailblock.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The Mustache templates of the Markdown and HTML reports, compiled once. Each output format has
 * its own escaping: HTML entities for HTML, backslash escapes for Markdown.
 */
final class Templates {

    private static final String ROOT = "org/mailblock/report/";

    private static final class MarkdownFactory extends DefaultMustacheFactory {
        MarkdownFactory() {
            super(ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Markdown.text(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class HtmlFactory extends DefaultMustacheFactory {
        HtmlFactory() {
            super(ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Html.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final Mustache MARKDOWN_REPORT = new MarkdownFactory().compile("report.md.mustache");
    static final Mustache HTML_REPORT = new HtmlFactory().compile("report.html.mustache");
    static final Mustache MARKDOWN_PACKET = new MarkdownFactory().compile("packet.md.mustache");
    static final Mustache HTML_PACKET = new HtmlFactory().compile("packet.html.mustache");

    private Templates() {
    }

    static String render(Mustache template, Object view) {
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }
}
