package app.rebound.workflows.activities;

import app.rebound.workflows.model.Rating;
import io.temporal.activity.ActivityInterface;

/**
 * Hands a rating to the same intake the webhook uses, so a rating found by the reconciliation
 * becomes a case exactly as if Intercom had delivered it.
 */
@ActivityInterface
public interface IntakeActivities {

  /** Starts or signals the rating's case; a rating seen before is reported as a duplicate. */
  Delivered deliver(Rating rating);

  /**
   * @param caseId the case the rating went to (for a duplicate, the case that already had it)
   * @param duplicate whether the rating had been received before and so changed nothing
   */
  record Delivered(String caseId, boolean duplicate) {}
}
