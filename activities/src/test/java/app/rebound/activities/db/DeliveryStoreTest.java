package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.db.Delivery.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class DeliveryStoreTest {
  private static final Instant VERSION = Instant.parse("2026-12-03T14:05:55Z");
  private static final int CALLERS = 8;

  @EachDatabase
  void firstDeliveryIsNewAndPending(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());

    Delivery delivery = store.begin("notif-1", "100", VERSION);

    assertThat(delivery.status()).isEqualTo(Status.NEW);
    assertThat(delivery.needsHandling()).isTrue();
    assertThat(states(db)).containsExactly("pending");
  }

  @EachDatabase
  void unfinishedDeliveryIsRetriedUnderTheSameNotification(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    Delivery first = store.begin("notif-1", "100", VERSION);

    Delivery again = store.begin("notif-1", "100", VERSION);

    assertThat(again.status()).isEqualTo(Status.RETRY);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.needsHandling()).isTrue();
  }

  @EachDatabase
  void completedDeliveryIsADuplicateByNotificationId(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    store.complete(store.begin("notif-1", "100", VERSION), "csat-100");

    Delivery again = store.begin("notif-1", "100", VERSION.plusSeconds(60));

    assertThat(again.status()).isEqualTo(Status.DUPLICATE);
    assertThat(again.caseId()).isEqualTo("csat-100");
    assertThat(again.needsHandling()).isFalse();
  }

  @EachDatabase
  void completedDeliveryIsADuplicateByConversationAndVersion(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    store.complete(store.begin("notif-1", "100", VERSION), "csat-100");

    Delivery otherNotification = store.begin("notif-2", "100", VERSION);
    Delivery reconciled = store.begin(null, "100", VERSION);

    assertThat(otherNotification.status()).isEqualTo(Status.DUPLICATE);
    assertThat(reconciled.status()).isEqualTo(Status.DUPLICATE);
    assertThat(reconciled.caseId()).isEqualTo("csat-100");
  }

  @EachDatabase
  void unfinishedDeliveryIsRetriedUnderTheSameConversationAndVersion(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    store.begin(null, "100", VERSION);

    Delivery webhook = store.begin("notif-1", "100", VERSION);

    assertThat(webhook.status()).isEqualTo(Status.RETRY);
    assertThat(states(db)).hasSize(1);
  }

  @EachDatabase
  void changedRatingIsANewDelivery(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    store.complete(store.begin("notif-1", "100", VERSION), "csat-100");

    Delivery changed = store.begin("notif-2", "100", VERSION.plusSeconds(600));

    assertThat(changed.status()).isEqualTo(Status.NEW);
  }

  @EachDatabase
  void reconciledRatingsWithoutNotificationIdsAreEachNew(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());

    Delivery first = store.begin(null, "100", VERSION);
    Delivery second = store.begin(null, "200", VERSION);

    assertThat(first.status()).isEqualTo(Status.NEW);
    assertThat(second.status()).isEqualTo(Status.NEW);
    assertThat(states(db)).hasSize(2);
  }

  @EachDatabase
  void abandonedDeliveryIsNewAgain(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    store.abandon(store.begin("notif-1", "100", VERSION));

    Delivery again = store.begin("notif-1", "100", VERSION);

    assertThat(again.status()).isEqualTo(Status.NEW);
    assertThat(states(db)).containsExactly("pending");
  }

  @EachDatabase
  void abandonKeepsACompletedDelivery(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    Delivery delivery = store.begin("notif-1", "100", VERSION);
    store.complete(delivery, "csat-100");

    store.abandon(delivery);

    assertThat(store.begin("notif-1", "100", VERSION).status()).isEqualTo(Status.DUPLICATE);
  }

  @EachDatabase
  void completeTellsWhetherItFinishedThePendingDelivery(Database db) {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    Delivery delivery = store.begin("notif-1", "100", VERSION);

    boolean first = store.complete(delivery, "csat-100");
    boolean second = store.complete(delivery, "csat-100-2");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(store.begin("notif-1", "100", VERSION).caseId()).isEqualTo("csat-100");
  }

  @EachDatabase
  void concurrentBeginsOfOneDeliveryGiveExactlyOneNew(Database db) throws Exception {
    DeliveryStore store = new DeliveryStore(db.jdbi());
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);

    try {
      for (int round = 0; round < 10; round++) {
        String notification = "notif-" + round;
        Instant version = VERSION.plusSeconds(round);
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        List<Future<Delivery>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
          calls.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return store.begin(notification, "100", version);
                  }));
        }
        List<Status> statuses = new ArrayList<>();
        for (Future<Delivery> call : calls) {
          statuses.add(call.get(30, TimeUnit.SECONDS).status());
        }

        assertThat(statuses).containsOnlyOnce(Status.NEW);
        assertThat(statuses).filteredOn(s -> s == Status.RETRY).hasSize(CALLERS - 1);
      }
      assertThat(states(db)).hasSize(10);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> states(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT state FROM deliveries ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }
}
