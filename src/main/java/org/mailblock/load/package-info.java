/**
 * Loads fact files: YAML documents, format version 1, that describe one Exchange Online tenant
 * blocked from sending mail. {@link org.mailblock.load.FactFileLoader} reads a file into
 * {@link org.mailblock.facts.TenantFacts} and, when the file is wrong, reports every problem with
 * its file, line, column and field, saying what was expected.
 */
package org.mailblock.load;
