package app.rebound.api.resources;

import app.rebound.api.ApiError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The dashboard page and its two static files, served from the jar. */
@Path("/")
public final class DashboardResource {
  private static final Map<String, String> FILES =
      Map.of(
          "dashboard.js", "text/javascript; charset=utf-8",
          "dashboard.css", "text/css; charset=utf-8");

  @GET
  public Response page() {
    return file("index.html", "text/html; charset=utf-8");
  }

  @GET
  @Path("{name: dashboard\\.(js|css)}")
  public Response asset(@PathParam("name") String name) {
    String type = FILES.get(name);
    if (type == null) {
      throw ApiError.of(404, "not_found", "No asset " + name + ".");
    }
    return file(name, type);
  }

  private static Response file(String name, String type) {
    try (InputStream in = DashboardResource.class.getResourceAsStream("/assets/" + name)) {
      if (in == null) {
        throw ApiError.of(404, "not_found", "No asset " + name + ".");
      }
      return Response.ok(in.readAllBytes(), type).header("Cache-Control", "no-cache").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
