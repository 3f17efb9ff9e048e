package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A class of complaint in the organisation's taxonomy (product quality, delivery, billing, ...),
 * used to route, analyse and report. Identified by a short stable code that integrations send.
 */
@Entity
@Table(name = "CATEGORY")
@NamedQuery(name = "Category.findByCode", query = "SELECT c FROM Category c WHERE c.code = :code")
@NamedQuery(name = "Category.findAll", query = "SELECT c FROM Category c ORDER BY c.name")
public class Category {

  @Id
  @SequenceGenerator(name = "category_seq", sequenceName = "CATEGORY_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  private Long id;

  @Version private long version;

  @Column(name = "CODE", nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "NAME", nullable = false, length = 200)
  private String name;

  @Column(name = "DESCRIPTION", length = 1000)
  private String description;

  @Column(name = "ACTIVE", nullable = false)
  private boolean active = true;

  protected Category() {}

  public Category(String code, String name, String description) {
    this.code = code;
    this.name = name;
    this.description = description;
  }

  void change(String name, String description, boolean active) {
    this.name = name;
    this.description = description;
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean isActive() {
    return active;
  }
}
