package org.redress.web.complaint;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.redress.complaint.Attachments;
import org.redress.complaint.view.AttachmentFile;
import org.redress.platform.RecordNotFoundException;

/**
 * Downloads a supporting file of a case: {@code app/attachment?ref=CMP-...&id=...}. Always as a
 * download, never rendered inline, so an uploaded HTML or SVG file cannot run in the page.
 */
@WebServlet("/app/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB Attachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String reference = request.getParameter("ref");
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    AttachmentFile file;
    try {
      file = attachments.download(reference, id);
    } catch (RecordNotFoundException missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType(file.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
