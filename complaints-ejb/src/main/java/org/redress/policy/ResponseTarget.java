package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.redress.complaint.Priority;

/** How many calendar days after receipt the response is due, for one priority. */
@Entity
@Table(name = "RESPONSE_TARGET")
public class ResponseTarget {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "PRIORITY", length = 20)
  private Priority priority;

  @Column(name = "RESPONSE_DAYS", nullable = false)
  private int responseDays;

  protected ResponseTarget() {}

  public ResponseTarget(Priority priority, int responseDays) {
    this.priority = priority;
    this.responseDays = responseDays;
  }

  void change(int responseDays) {
    this.responseDays = responseDays;
  }

  public Priority priority() {
    return priority;
  }

  public int responseDays() {
    return responseDays;
  }
}
