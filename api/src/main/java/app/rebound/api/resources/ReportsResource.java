package app.rebound.api.resources;

import app.rebound.activities.db.WeeklyFigures;
import app.rebound.api.ApiError;
import app.rebound.workflows.model.WeeklyReport;
import app.rebound.workflows.playbook.Playbook;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** The weekly pattern figures, counted from the case database as of now in the team's zone. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportsResource {
  private final WeeklyFigures figures;
  private final Playbook playbook;
  private final Clock clock;

  public ReportsResource(WeeklyFigures figures, Playbook playbook, Clock clock) {
    this.figures = figures;
    this.playbook = playbook;
    this.clock = clock;
  }

  /**
   * @param weeks how many weeks, 1 to 52, ending with the current one; the playbook's {@code
   *     weeklyReport.weeks} when absent
   */
  @GET
  @Path("/weekly")
  public WeeklyReport weekly(@QueryParam("weeks") String weeks) {
    return figures.compute(clock.instant(), playbook.zone(), weeks(weeks));
  }

  private int weeks(String value) {
    if (value == null || value.isBlank()) {
      return playbook.weeklyReport().weeks();
    }
    int weeks;
    try {
      weeks = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      weeks = -1;
    }
    if (weeks < 1 || weeks > WeeklyFigures.MAX_WEEKS) {
      throw ApiError.badRequest(
          "invalid_weeks",
          "weeks must be a whole number from 1 to "
              + WeeklyFigures.MAX_WEEKS
              + ", not '"
              + value
              + "'");
    }
    return weeks;
  }
}
