package org.mailblock.engine;

/**
 * How to run one diagnosis.
 *
 * @param explain whether to record the trace of rule firings in the diagnosis
 */
public record DiagnoseOptions(boolean explain) {

    /** The default: no trace. */
    public static final DiagnoseOptions DEFAULT = new DiagnoseOptions(false);

    /** With the trace of rule firings. */
    public static final DiagnoseOptions EXPLAIN = new DiagnoseOptions(true);
}
