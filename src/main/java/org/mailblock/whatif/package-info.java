/**
 * What-if: diagnoses with facts assumed on top of a fact file, and the open questions ranked by what
 * their typical answers would change. Draws on the loader for the assumptions and the engine for the
 * diagnoses; knows no Drools.
 */
package org.mailblock.whatif;
