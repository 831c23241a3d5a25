package app.rebound.worker;

import app.rebound.workflows.activities.IntakeActivities;
import app.rebound.workflows.model.Rating;
import java.util.Objects;

/**
 * The reconciliation's way into {@link RatingIntake}. Reconciled ratings carry no Intercom app id,
 * so their cases link to the workspace the configuration names.
 */
public final class IntakeActivitiesImpl implements IntakeActivities {
  private final RatingIntake intake;

  public IntakeActivitiesImpl(RatingIntake intake) {
    this.intake = Objects.requireNonNull(intake, "intake");
  }

  @Override
  public Delivered deliver(Rating rating) {
    RatingIntake.Result result = intake.receive(rating, null);
    return new Delivered(result.caseId(), result.duplicate());
  }
}
