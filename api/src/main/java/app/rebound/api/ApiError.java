package app.rebound.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A refused request, answered as SPEC §2's error shape {@code {"error": "...", "detail": "..."}}.
 *
 * @param error a short stable code such as {@code invalid_json} or {@code no_such_case}
 * @param detail what was wrong, in words a person can act on
 */
public record ApiError(String error, String detail) {

  public static WebApplicationException of(int status, String error, String detail) {
    return new WebApplicationException(detail, response(status, error, detail));
  }

  public static Response response(int status, String error, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(error, detail))
        .build();
  }

  public static WebApplicationException badRequest(String error, String detail) {
    return of(400, error, detail);
  }
}
