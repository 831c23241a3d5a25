package app.rebound.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to SPEC §2's JSON error shape, so no client ever sees an HTML error page. */
final class ErrorMappers {
  private static final Logger log = LoggerFactory.getLogger(ErrorMappers.class);

  private ErrorMappers() {}

  static final class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response response = e.getResponse();
      if (response.hasEntity()
          && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
        return response;
      }
      int status = response.getStatus();
      String code =
          switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "server_error" : "bad_request";
          };
      String detail =
          e.getMessage() == null ? response.getStatusInfo().getReasonPhrase() : e.getMessage();
      return ApiError.response(status, code, detail);
    }
  }

  static final class Json implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return ApiError.response(400, "invalid_json", e.getOriginalMessage());
    }
  }

  static final class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return new WebApplication().toResponse(web);
      }
      log.error("Request failed unexpectedly; answering 500", e);
      return ApiError.response(500, "server_error", "Rebound could not handle the request");
    }
  }
}
