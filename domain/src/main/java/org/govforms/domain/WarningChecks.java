package org.govforms.domain;

/**
 * Validation group of the checks whose findings are warnings: the data cannot settle them, so they are
 * reported with the stored record instead of blocking it. Every other check is in the Default group.
 */
public interface WarningChecks {
}
