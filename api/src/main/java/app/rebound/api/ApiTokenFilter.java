package app.rebound.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards {@code /api/*} with the bearer {@code REBOUND_API_TOKEN}. Without a token {@code server}
 * refuses every request, while {@code dev} lets loopback callers in so the dashboard works on a
 * laptop.
 */
final class ApiTokenFilter implements Filter {
  private final byte[] token;
  private final boolean loopbackWithoutToken;
  private final ObjectMapper mapper = new ObjectMapper();

  ApiTokenFilter(String token, boolean loopbackWithoutToken) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.loopbackWithoutToken = loopbackWithoutToken;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (token != null) {
      String header = request.getHeader("Authorization");
      byte[] given =
          header != null && header.startsWith("Bearer ")
              ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8)
              : new byte[0];
      if (MessageDigest.isEqual(token, given)) {
        chain.doFilter(req, res);
        return;
      }
      refuse(response, "Send Authorization: Bearer <REBOUND_API_TOKEN>.");
      return;
    }
    if (loopbackWithoutToken
        && InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
      chain.doFilter(req, res);
      return;
    }
    refuse(
        response,
        loopbackWithoutToken
            ? "REBOUND_API_TOKEN is not set, so /api/* answers only this machine (loopback)."
            : "REBOUND_API_TOKEN is not set, so /api/* refuses every request here.");
  }

  private void refuse(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(401);
    response.setContentType("application/json");
    response.setHeader("WWW-Authenticate", "Bearer");
    mapper.writeValue(response.getOutputStream(), new ApiError("unauthorized", detail));
  }
}
