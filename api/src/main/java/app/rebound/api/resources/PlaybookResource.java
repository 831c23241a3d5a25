package app.rebound.api.resources;

import app.rebound.workflows.playbook.Playbook;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The playbook in force, so that tools and the dashboard offer the team's root causes. */
@Path("/api/playbook")
@Produces(MediaType.APPLICATION_JSON)
public final class PlaybookResource {
  private final Playbook playbook;

  public PlaybookResource(Playbook playbook) {
    this.playbook = playbook;
  }

  @GET
  public Playbook get() {
    return playbook;
  }
}
