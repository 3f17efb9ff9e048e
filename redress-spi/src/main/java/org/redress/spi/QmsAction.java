package org.redress.spi;

import java.time.LocalDate;

/**
 * A corrective action of a nonconformity, as pushed to a QMS.
 *
 * @param number its number within the nonconformity, from 1
 * @param type CORRECTION, CORRECTIVE, PREVENTIVE or IMPROVEMENT
 * @param status PLANNED, IN_PROGRESS, IMPLEMENTED, CLOSED or CANCELLED
 * @param evidence what shows it was done, or {@code null}
 */
public record QmsAction(
    int number,
    String type,
    String description,
    String owner,
    LocalDate dueOn,
    String status,
    String evidence) {}
