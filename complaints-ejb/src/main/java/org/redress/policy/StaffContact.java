package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where a member of staff gets their alerts: the mail address and language for a user name of the
 * server's user registry (which itself knows no addresses). A handler without a contact gets no
 * mail; the case page still shows the alert.
 */
@Entity
@Table(name = "STAFF_CONTACT")
@NamedQuery(
    name = "StaffContact.findAll",
    query = "SELECT s FROM StaffContact s ORDER BY s.userName")
public class StaffContact {

  @Id
  @Column(name = "USER_NAME", length = 100)
  private String userName;

  @Version private long version;

  @Column(name = "DISPLAY_NAME", length = 200)
  private String displayName;

  @Column(name = "EMAIL", nullable = false, length = 254)
  private String email;

  @Column(name = "LANGUAGE", nullable = false, length = 35)
  private String language;

  protected StaffContact() {}

  public StaffContact(String userName, String displayName, String email, String language) {
    this.userName = userName;
    change(displayName, email, language);
  }

  public void change(String displayName, String email, String language) {
    this.displayName = displayName;
    this.email = email;
    this.language = language;
  }

  public String userName() {
    return userName;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String language() {
    return language;
  }
}
