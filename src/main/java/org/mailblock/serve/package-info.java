/**
 * {@code mailblock serve}: the diagnosis over HTTP and the analysts' page, on the JDK's built-in HTTP server.
 *
 * <p>A thin shell beside the command line: it loads fact files with the same loader, diagnoses with
 * the same engine and renders with the same reports, so an answer is byte for byte what
 * {@code mailblock diagnose} prints for the same input and options. It knows nothing of Drools.
 */
package org.mailblock.serve;
