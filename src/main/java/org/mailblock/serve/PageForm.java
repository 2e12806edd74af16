package org.mailblock.serve;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysts' page sent: its text fields and the files chosen, from a {@code multipart/form-data}
 * body (the page's own form) or {@code application/x-www-form-urlencoded} (a form without files).
 *
 * @param fields the text fields by name
 * @param files  the files chosen, in order; empty ones are left out
 */
record PageForm(Map<String, String> fields, List<Upload> files) {

    /** A file sent with the form: its name as the browser gave it (without folders) and its bytes. */
    record Upload(String name, byte[] bytes) {
    }

    /** A body that is no form this page sends. */
    static final class BadForm extends Exception {
        private static final long serialVersionUID = 1L;

        BadForm(String message) {
            super(message);
        }
    }

    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    static PageForm parse(String mediaType, String contentTypeHeader, byte[] body) throws BadForm {
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return new PageForm(Exchanges.form(new String(body, StandardCharsets.UTF_8)), List.of());
        }
        if (!mediaType.equals("multipart/form-data")) {
            throw new BadForm("the page sends its form as multipart/form-data, not " + (mediaType.isEmpty() ? "nothing" : mediaType));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        try {
            MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(body, contentTypeHeader));
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                String[] disposition = part.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                ContentDisposition cd = new ContentDisposition(disposition[0]);
                String name = cd.getParameter("name");
                String fileName = cd.getParameter("filename");
                byte[] bytes = part.getInputStream().readAllBytes();
                if (name == null) {
                    continue;
                }
                if (fileName != null) {
                    if (!fileName.isEmpty() && bytes.length > 0) {
                        files.add(new Upload(baseName(fileName), bytes));
                    }
                } else {
                    fields.put(name, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (ParseException e) {
            throw new BadForm("the form could not be read: " + e.getMessage());
        } catch (MessagingException | IOException e) {
            throw new BadForm("the form could not be read: " + e.getMessage());
        }
        return new PageForm(fields, files);
    }

    /** The name without folders, which some browsers send. */
    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
