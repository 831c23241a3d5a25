package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.model.SlackRef;

class JdbiMessageStoreTest {

  @EachDatabase
  void findReturnsWhatWasPut(Database db) {
    JdbiMessageStore store = new JdbiMessageStore(db.jdbi());

    store.put("csat-100", "alert", new SlackRef("C0ALERTS", "1733234755.000100"));

    assertThat(store.find("csat-100", "alert"))
        .contains(new SlackRef("C0ALERTS", "1733234755.000100"));
  }

  @EachDatabase
  void secondPutUnderTheSameKeyKeepsTheFirst(Database db) {
    JdbiMessageStore store = new JdbiMessageStore(db.jdbi());
    store.put("csat-100", "alert", new SlackRef("C0ALERTS", "1733234755.000100"));

    store.put("csat-100", "alert", new SlackRef("C0ALERTS", "1733234999.000200"));

    assertThat(store.find("csat-100", "alert"))
        .contains(new SlackRef("C0ALERTS", "1733234755.000100"));
  }

  @EachDatabase
  void keysBelongToTheirCase(Database db) {
    JdbiMessageStore store = new JdbiMessageStore(db.jdbi());
    store.put("csat-100", "alert", new SlackRef("C0ALERTS", "1.1"));
    store.put("csat-200", "alert", new SlackRef("C0ESCALATE", "2.2"));

    assertThat(store.find("csat-200", "alert")).contains(new SlackRef("C0ESCALATE", "2.2"));
    assertThat(store.find("csat-100", "check_in")).isEmpty();
    assertThat(store.find("csat-300", "alert")).isEmpty();
  }
}
