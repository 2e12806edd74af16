package org.mailblock.fleet;

/**
 * A step of a plan, as far as changes are concerned.
 *
 * @param id     the action's identifier, for example {@code enable-admin-mfa}
 * @param step   its number in the plan
 * @param status its status: {@code required}, {@code verify}, {@code done} or {@code waiting}
 */
record StepStatus(String id, int step, String status) {
}
