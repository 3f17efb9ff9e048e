package org.redress.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.redress.security.Roles;

/** The signed-in staff member: who it is, what the menus may offer, and signing out. */
@Named
@RequestScoped
public class UserBacking {

  public String getName() {
    return request().getRemoteUser();
  }

  public boolean isSignedIn() {
    return request().getUserPrincipal() != null;
  }

  /** Handlers and managers work cases; everybody else only reads them. */
  public boolean isCaseWorker() {
    return isHandler() || isManager();
  }

  public boolean isHandler() {
    return request().isUserInRole(Roles.HANDLER);
  }

  public boolean isManager() {
    return request().isUserInRole(Roles.MANAGER);
  }

  public boolean isAuditor() {
    return request().isUserInRole(Roles.AUDITOR);
  }

  public boolean isAdministrator() {
    return request().isUserInRole(Roles.ADMINISTRATOR);
  }

  /** QMS admins and managers work on nonconformities; the other staff roles read them. */
  public boolean isQualityEditor() {
    return request().isUserInRole(Roles.QMS_ADMIN) || isManager();
  }

  /** Auditors, managers and QMS admins read the audit view; only auditors record in it. */
  public boolean isAuditReader() {
    return isAuditor() || isManager() || request().isUserInRole(Roles.QMS_ADMIN);
  }

  /** QMS admins raise nonconformities from any audit finding, auditors from their own. */
  public boolean isQmsAdmin() {
    return request().isUserInRole(Roles.QMS_ADMIN);
  }

  public boolean isPolicyEditor() {
    return isAdministrator() || isManager();
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      request().logout();
    } catch (ServletException e) {
      // Already signed out: the session goes anyway.
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
