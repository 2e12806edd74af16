package org.mailblock.i18n;

/** A message bundle that cannot be read; the message names the file and the key. */
public final class MessageBundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with a bundle, described for the author who edits it. */
    public MessageBundleException(String message) {
        super(message);
    }
}
