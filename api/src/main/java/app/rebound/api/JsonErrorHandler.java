package app.rebound.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (an ambiguous or over-long URI, say) come before Jersey sees the request;
 * this answers them in the same JSON error shape as everything else instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String detail = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    String error = code >= 500 ? "server_error" : code == 414 ? "uri_too_long" : "bad_request";
    byte[] body = mapper.writeValueAsBytes(new ApiError(error, detail));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
