/**
 * The collector: a read-only PowerShell script, shipped in the jar, that an analyst runs on the tenant's
 * side to gather the Exchange Online and Microsoft Graph exports that {@code mailblock import exo} reads.
 */
package org.mailblock.collector;
