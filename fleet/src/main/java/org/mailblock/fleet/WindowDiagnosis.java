package org.mailblock.fleet;

/**
 * What one window of one tenant came to: its diagnosis, or why there is none.
 *
 * @param report    the diagnosis as {@code mailblock diagnose --format json} prints it; {@code null} when rejected
 * @param digest    what the changes topic compares of it; {@code null} when rejected
 * @param factFile  the fact file the window stands for, as JSON
 * @param rejection why the window could not be diagnosed; {@code null} when it was
 */
record WindowDiagnosis(String report, DiagnosisDigest digest, String factFile, Rejection rejection) {
}
