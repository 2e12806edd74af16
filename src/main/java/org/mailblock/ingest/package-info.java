/**
 * Turns what analysts actually have into fact files: bounce messages (RFC 5322 and RFC 3464
 * delivery status notifications, Exchange Online's text and HTML NDRs) and JSON exports from
 * Exchange Online PowerShell and Microsoft Graph. {@link org.mailblock.ingest.FactImporter} is the
 * entry point; {@link org.mailblock.ingest.FactFileWriter} writes the result as a version 1 fact
 * file with comments that record where each value came from. Nothing here knows Drools.
 */
package org.mailblock.ingest;
