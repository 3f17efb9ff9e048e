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
import java.security.Principal;
import java.util.Base64;

/**
 * Signs API callers in with HTTP Basic, checked by the server against its user registry (the basic
 * registry in the demo, the organisation's LDAP in production) through the standard {@link
 * HttpServletRequest#login}. Requests without credentials go on anonymously: the public endpoints
 * need none, and every staff service refuses them by its roles (401). Wrong credentials are refused
 * at once with a problem document, never with the server's own error page.
 *
 * <p>The sign-in lasts for the request; the filter does not log the caller out afterwards. Logging
 * out evicts the caller from the server's authentication cache, so that every request of an
 * integration would check its password against the registry again (a bind per request on LDAP) and
 * make a new single-sign-on token: about 40% of the server's time for an inbox page. The cache keys
 * on the password too, so a wrong one is still refused after a right one; the next request on the
 * same connection starts anonymous again. OpenLiberty answers a sign-in with its single-sign-on
 * cookie (LtpaToken2), as for a sign-in on the pages; an API client need not keep it.
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
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = decode(authorization.substring(SCHEME.length()).strip());
    if (credentials == null) {
      refuse(response, "The Authorization header does not hold valid Basic credentials");
      return;
    }
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null && !signedIn.getName().equals(credentials[0])) {
      // A single-sign-on cookie of someone else came along: the credentials given decide.
      request.logout();
      signedIn = null;
    }
    if (signedIn == null) {
      try {
        request.login(credentials[0], credentials[1]);
      } catch (ServletException wrong) {
        refuse(response, "The user name or password is wrong");
        return;
      }
    }
    chain.doFilter(request, response);
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
