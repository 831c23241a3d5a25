package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.CaseStoreActivities.RepeatQuery;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;

class CaseStoreActivitiesImplTest {

  @EachDatabase
  void saveWritesTheCaseRow(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    CaseStoreActivitiesImpl activities = new CaseStoreActivitiesImpl(store);

    activities.save(CaseViews.everyFieldSet());

    assertThat(store.find(CaseViews.everyFieldSet().caseId())).contains(CaseViews.everyFieldSet());
  }

  @EachDatabase
  void hadNeutralSinceAsksTheStore(Database db) {
    CaseStoreActivitiesImpl activities = new CaseStoreActivitiesImpl(new CaseStore(db.jdbi()));
    activities.save(CaseViews.aCase("earlier").score(3).customer("contact-1", "ext-1").build());
    Instant since = Instant.parse("2026-09-01T00:00:00Z");

    boolean byExternalId =
        activities.hadNeutralSince(new RepeatQuery("contact-2", "ext-1", since, "csat-now"));
    boolean itself =
        activities.hadNeutralSince(new RepeatQuery("contact-1", null, since, "csat-earlier"));

    assertThat(byExternalId).isTrue();
    assertThat(itself).isFalse();
  }

  @EachDatabase
  void caseThatCannotBeSavedFailsForGood(Database db) {
    CaseStoreActivitiesImpl activities = new CaseStoreActivitiesImpl(new CaseStore(db.jdbi()));

    assertThatThrownBy(() -> activities.save(CaseViews.aCase("1").caseId(null).build()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getType()).isEqualTo(CaseStoreActivitiesImpl.INVALID_CASE);
            });
  }
}
