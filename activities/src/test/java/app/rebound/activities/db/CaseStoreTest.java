package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class CaseStoreTest {
  private static final int WRITERS = 8;

  @EachDatabase
  void jsonRoundTripKeepsEveryField(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    CaseView view = CaseViews.everyFieldSet();

    store.save(view);

    assertThat(store.find(view.caseId())).contains(view);
    assertThat(body(db, view.caseId()))
        .contains("\"ratedAt\":\"2026-12-03T14:05:55Z\"")
        .contains("\"followedUpAt\":\"2026-12-03T15:01:02.123456Z\"")
        .contains("\"stage\":\"followed_up\"")
        .contains("\"outcome\":\"still_unhappy\"")
        .contains("\"kind\":\"claim_missed\"")
        .contains("\"externalId\":\"ext-42\"");
  }

  @EachDatabase
  void rowColumnsFollowTheCase(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    CaseView view = CaseViews.everyFieldSet();

    store.save(view);

    Map<String, Object> row =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT stage, outcome, customer_external_id, root_cause, overdue"
                                + " FROM cases WHERE case_id = :id")
                        .bind("id", view.caseId())
                        .mapToMap()
                        .one());
    assertThat(row)
        .containsEntry("stage", "followed_up")
        .containsEntry("outcome", "still_unhappy")
        .containsEntry("customer_external_id", "ext-42")
        .containsEntry("root_cause", "slow response")
        .containsEntry("overdue", true);
  }

  @EachDatabase
  void findOfAnUnknownCaseIsEmpty(Database db) {
    CaseStore store = new CaseStore(db.jdbi());

    assertThat(store.find("csat-nothing")).isEmpty();
  }

  @EachDatabase
  void saveReplacesTheEarlierRow(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("100").build());

    store.save(CaseViews.aCase("100").stage(Stage.CLAIMED).owner("U0MANAGER1").build());

    assertThat(store.find("csat-100"))
        .hasValueSatisfying(
            found -> {
              assertThat(found.stage()).isEqualTo(Stage.CLAIMED);
              assertThat(found.owner()).isEqualTo("U0MANAGER1");
            });
    assertThat(rows(db, "csat-100")).isEqualTo(1);
    assertThat(store.list(CaseFilter.all()).get(0).owner()).isEqualTo("U0MANAGER1");
  }

  @EachDatabase
  void concurrentSavesOfOneCaseLeaveOneRow(Database db) throws Exception {
    CaseStore store = new CaseStore(db.jdbi());
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      owners.add("U" + i);
    }

    try {
      for (int round = 0; round < 10; round++) {
        String conversation = "race" + round;
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<?>> saves = new ArrayList<>();
        for (String owner : owners) {
          CaseView view = CaseViews.aCase(conversation).owner(owner).build();
          saves.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    store.save(view);
                    return null;
                  }));
        }
        for (Future<?> save : saves) {
          save.get(30, TimeUnit.SECONDS);
        }

        assertThat(rows(db, "csat-" + conversation)).isEqualTo(1);
        assertThat(store.find("csat-" + conversation).orElseThrow().owner()).isIn(owners);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @EachDatabase
  void listIsNewestFirst(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("2").ratedAt("2026-12-02T10:00:00Z").build());
    store.save(CaseViews.aCase("3").ratedAt("2026-12-03T10:00:00Z").build());
    store.save(CaseViews.aCase("1").ratedAt("2026-12-01T10:00:00Z").build());

    List<CaseView> cases = store.list(CaseFilter.all());

    assertThat(cases).extracting(CaseView::caseId).containsExactly("csat-3", "csat-2", "csat-1");
  }

  @EachDatabase
  void listFiltersByStatus(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("open").ratedAt("2026-12-01T10:00:00Z").build());
    store.save(CaseViews.aCase("late").overdue().ratedAt("2026-12-02T10:00:00Z").build());
    store.save(CaseViews.aCase("done").closed().ratedAt("2026-12-03T10:00:00Z").build());

    List<String> open = ids(store, CaseFilter.all().withStatus(CaseFilter.Status.OPEN));
    List<String> overdue = ids(store, CaseFilter.all().withStatus(CaseFilter.Status.OVERDUE));
    List<String> closed = ids(store, CaseFilter.all().withStatus(CaseFilter.Status.CLOSED));
    List<String> all = ids(store, CaseFilter.all());

    assertThat(open).containsExactly("csat-late", "csat-open");
    assertThat(overdue).containsExactly("csat-late");
    assertThat(closed).containsExactly("csat-done");
    assertThat(all).containsExactly("csat-done", "csat-late", "csat-open");
  }

  @EachDatabase
  void listFiltersByScoreAndConversation(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("7").score(1).ratedAt("2026-12-01T10:00:00Z").build());
    store.save(
        CaseViews.aCase("7").caseId("csat-7-2").score(2).ratedAt("2026-12-02T10:00:00Z").build());
    store.save(CaseViews.aCase("8").score(2).ratedAt("2026-12-03T10:00:00Z").build());

    List<String> twos = ids(store, CaseFilter.all().withScore(2));
    List<String> ofSeven = ids(store, CaseFilter.all().withConversationId("7"));
    List<String> twosOfSeven = ids(store, CaseFilter.all().withScore(2).withConversationId("7"));

    assertThat(twos).containsExactly("csat-8", "csat-7-2");
    assertThat(ofSeven).containsExactly("csat-7-2", "csat-7");
    assertThat(twosOfSeven).containsExactly("csat-7-2");
  }

  @EachDatabase
  void listStopsAtTheLimit(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("1").ratedAt("2026-12-01T10:00:00Z").build());
    store.save(CaseViews.aCase("2").ratedAt("2026-12-02T10:00:00Z").build());
    store.save(CaseViews.aCase("3").ratedAt("2026-12-03T10:00:00Z").build());

    List<String> cases = ids(store, CaseFilter.all().withLimit(2));

    assertThat(cases).containsExactly("csat-3", "csat-2");
  }

  @EachDatabase
  void countForConversationCountsEveryCaseOfIt(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("7").closed().build());
    store.save(CaseViews.aCase("7").caseId("csat-7-2").build());
    store.save(CaseViews.aCase("8").build());

    assertThat(store.countForConversation("7")).isEqualTo(2);
    assertThat(store.countForConversation("8")).isEqualTo(1);
    assertThat(store.countForConversation("9")).isZero();
  }

  @EachDatabase
  void hadNeutralSinceMatchesTheContactId(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(
        CaseViews.aCase("old")
            .score(3)
            .customer("contact-1", null)
            .ratedAt("2026-10-01T10:00:00Z")
            .build());
    store.save(CaseViews.aCase("bad").score(2).customer("contact-1", null).build());
    store.save(CaseViews.aCase("now").score(3).customer("contact-1", null).build());
    Instant ninetyDaysBack = Instant.parse("2026-10-01T10:00:00Z");
    Instant afterTheOldOne = Instant.parse("2026-10-01T10:00:01Z");

    assertThat(store.hadNeutralSince("contact-1", null, ninetyDaysBack, "csat-now")).isTrue();
    assertThat(store.hadNeutralSince("contact-1", null, afterTheOldOne, "csat-now")).isFalse();
    assertThat(store.hadNeutralSince("contact-1", null, afterTheOldOne, "csat-other")).isTrue();
    assertThat(store.hadNeutralSince("contact-2", null, ninetyDaysBack, "csat-now")).isFalse();
  }

  @EachDatabase
  void hadNeutralSinceMatchesTheExternalIdWhenBothHaveOne(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    store.save(CaseViews.aCase("lead").score(3).customer("lead-contact", "ext-1").build());
    store.save(CaseViews.aCase("anon").score(3).customer("anon-contact", null).build());
    Instant since = Instant.parse("2026-09-01T00:00:00Z");

    assertThat(store.hadNeutralSince("user-contact", "ext-1", since, "csat-new")).isTrue();
    assertThat(store.hadNeutralSince("user-contact", "ext-2", since, "csat-new")).isFalse();
    assertThat(store.hadNeutralSince("user-contact", null, since, "csat-new")).isFalse();
    assertThat(store.hadNeutralSince(null, null, since, "csat-new")).isFalse();
  }

  @EachDatabase
  void saveRefusesACaseWithoutItsIds(Database db) {
    CaseStore store = new CaseStore(db.jdbi());
    CaseView noId = CaseViews.aCase("1").caseId(null).build();

    assertThatThrownBy(() -> store.save(noId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case id");
    assertThat(store.list(CaseFilter.all())).isEmpty();
  }

  private static List<String> ids(CaseStore store, CaseFilter filter) {
    return store.list(filter).stream().map(CaseView::caseId).toList();
  }

  private static int rows(Database db, String caseId) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM cases WHERE case_id = :id")
                    .bind("id", caseId)
                    .mapTo(Integer.class)
                    .one());
  }

  private static String body(Database db, String caseId) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT body FROM cases WHERE case_id = :id")
                    .bind("id", caseId)
                    .mapTo(String.class)
                    .one());
  }
}
