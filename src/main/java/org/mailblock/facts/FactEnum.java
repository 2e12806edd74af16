package org.mailblock.facts;

/**
 * A closed set of values in the fact file. Each constant knows the exact spelling it has in
 * fact files, so that loaders can accept it and list the allowed values when a file is wrong.
 */
public interface FactEnum {

    /** The value exactly as a fact file writes it, for example {@code OnPremises}. */
    String wireName();
}
