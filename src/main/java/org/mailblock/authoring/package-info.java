/**
 * Tools for knowledge authors, reachable from Java as from the CLI: checking a rule base
 * ({@link org.mailblock.authoring.KnowledgeCheck}), running every sample's expected outcome
 * ({@link org.mailblock.authoring.SampleRunner}) with rule coverage ({@link org.mailblock.authoring.Coverage}),
 * explaining one diagnosis ({@link org.mailblock.authoring.ExplainReport}) and listing the
 * rules and catalogue ({@link org.mailblock.authoring.RuleListing}). Nothing here knows Drools;
 * it works on what {@link org.mailblock.engine.inspect.Workbench} reports.
 */
package org.mailblock.authoring;
