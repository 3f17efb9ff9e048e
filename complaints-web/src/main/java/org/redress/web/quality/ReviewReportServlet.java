package org.redress.web.quality;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.redress.platform.RecordNotFoundException;
import org.redress.review.ManagementReviews;
import org.redress.review.ReviewFile;
import org.redress.review.ReviewFormat;

/**
 * Downloads a management review's report: {@code app/quality/review-report?ref=...&format=pdf} (or
 * {@code csv}), for the links on the reviews page.
 */
@WebServlet("/app/quality/review-report")
public class ReviewReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB ManagementReviews reviews;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String reference = request.getParameter("ref");
    ReviewFormat format;
    try {
      format =
          ReviewFormat.valueOf(
              String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ReviewFile file;
    try {
      file = reviews.file(reference, format);
    } catch (RecordNotFoundException missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType(file.mediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
