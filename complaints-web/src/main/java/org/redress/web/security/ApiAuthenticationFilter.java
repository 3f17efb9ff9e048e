package org.redress.web.security;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs API callers in with HTTP Basic, checked by the server against its user registry (the basic
 * registry in the demo, the organisation's LDAP in production) through the standard {@link
 * HttpServletRequest#login}. Requests without credentials go on anonymously: the public endpoints
 * need none, and every staff service refuses them by its roles (401). Wrong credentials are refused
 * at once with a problem document, never with the server's own error page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String SCHEME = "Basic ";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        || request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = decode(authorization.substring(SCHEME.length()).strip());
    if (credentials == null) {
      refuse(response, "The Authorization header does not hold valid Basic credentials");
      return;
    }
    try {
      request.login(credentials[0], credentials[1]);
    } catch (ServletException wrong) {
      refuse(response, "The user name or password is wrong");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      request.logout();
    }
  }

  private static String[] decode(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void refuse(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "urn:redress:problem:unauthenticated")
                .add("title", "Authentication required")
                .add("status", 401)
                .add("detail", detail)
                .build()
                .toString());
  }
}
