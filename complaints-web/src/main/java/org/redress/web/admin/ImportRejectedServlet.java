package org.redress.web.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.redress.importing.CsvImports;
import org.redress.platform.RecordNotFoundException;

/**
 * Downloads the rows an import rejected, as CSV with the line and the reason: {@code
 * app/admin/import-rejected?id=...}, for the import page's link.
 */
@WebServlet("/app/admin/import-rejected")
public class ImportRejectedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB CsvImports imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] csv;
    try {
      csv = imports.rejectedCsv(id).getBytes(StandardCharsets.UTF_8);
    } catch (RecordNotFoundException missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
