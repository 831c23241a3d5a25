package app.rebound.activities.db;

import app.rebound.workflows.activities.CaseStoreActivities;
import app.rebound.workflows.model.CaseView;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;

/**
 * The case database as the workflow sees it. A database that is down fails the activity so that
 * Temporal retries it; a case that cannot be stored at all fails it for good.
 */
public final class CaseStoreActivitiesImpl implements CaseStoreActivities {
  /** The failure type of a case that can never be saved. */
  public static final String INVALID_CASE = "InvalidCase";

  private final CaseStore store;

  public CaseStoreActivitiesImpl(CaseStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public void save(CaseView view) {
    try {
      store.save(view);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), INVALID_CASE, e);
    }
  }

  @Override
  public boolean hadNeutralSince(RepeatQuery query) {
    return store.hadNeutralSince(
        query.customerId(), query.externalId(), query.since(), query.excludeCaseId());
  }
}
