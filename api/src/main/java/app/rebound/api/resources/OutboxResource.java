package app.rebound.api.resources;

import app.rebound.activities.slack.OutboxMessage;
import app.rebound.activities.slack.OutboxStore;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The console outbox: the Slack messages kept instead of sent when there is no bot token. */
@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
public final class OutboxResource {
  private final OutboxStore outbox;

  public OutboxResource(OutboxStore outbox) {
    this.outbox = outbox;
  }

  @GET
  public List<OutboxMessage> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
    return outbox.latest(Math.max(1, Math.min(limit, 1000)));
  }
}
