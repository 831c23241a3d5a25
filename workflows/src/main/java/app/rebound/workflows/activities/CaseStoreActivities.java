package app.rebound.workflows.activities;

import app.rebound.workflows.model.CaseView;
import io.temporal.activity.ActivityInterface;
import java.time.Instant;

/** The case database: the read model people look at, and the history that the playbook consults. */
@ActivityInterface
public interface CaseStoreActivities {

  /** Writes the case's row as it stands; a later save of the same case replaces it. */
  void save(CaseView view);

  /** Whether the customer gave a 3 on another case since {@code since}. */
  boolean hadNeutralSince(RepeatQuery query);

  /**
   * @param customerId the Intercom contact id
   * @param externalId the contact's {@code external_id}, or null
   * @param excludeCaseId the case asking, which does not count
   */
  record RepeatQuery(String customerId, String externalId, Instant since, String excludeCaseId) {}
}
