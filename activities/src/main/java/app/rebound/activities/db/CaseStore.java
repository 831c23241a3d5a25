package app.rebound.activities.db;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Customer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The read model of cases: one row per case, its columns for the queries and its whole {@link
 * CaseView} as JSON in {@code body}. The workflow writes it; the API, the dashboard and the
 * playbook's repeat rule read it.
 */
public final class CaseStore {
  /** Enough for two writers racing on a new row; more means something else is wrong. */
  private static final int SAVE_ATTEMPTS = 5;

  private static final String COLUMNS_SET =
      "workflow_id = :workflowId, conversation_id = :conversationId, score = :score,"
          + " status = :status, stage = :stage, overdue = :overdue, customer_id = :customerId,"
          + " customer_external_id = :customerExternalId, teammate = :teammate, owner = :owner,"
          + " root_cause = :rootCause, product_area = :productArea, outcome = :outcome,"
          + " rated_at = :ratedAt, claimed_at = :claimedAt, followed_up_at = :followedUpAt,"
          + " fixed_at = :fixedAt, closed_at = :closedAt, updated_at = :updatedAt, body = :body";
  private static final String UPDATE =
      "UPDATE cases SET " + COLUMNS_SET + " WHERE case_id = :caseId";
  private static final String INSERT =
      "INSERT INTO cases (case_id, workflow_id, conversation_id, score, status, stage, overdue,"
          + " customer_id, customer_external_id, teammate, owner, root_cause, product_area,"
          + " outcome, rated_at, claimed_at, followed_up_at, fixed_at, closed_at, updated_at,"
          + " body) VALUES (:caseId, :workflowId, :conversationId, :score, :status, :stage,"
          + " :overdue, :customerId, :customerExternalId, :teammate, :owner, :rootCause,"
          + " :productArea, :outcome, :ratedAt, :claimedAt, :followedUpAt, :fixedAt, :closedAt,"
          + " :updatedAt, :body)";

  private final Jdbi jdbi;
  private final Clock clock;

  public CaseStore(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  /**
   * @param clock stamps {@code updated_at}
   */
  public CaseStore(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes the case's row as it stands, replacing an earlier one. Safe when two saves of the same
   * case race: one row remains, holding one of them.
   *
   * @throws IllegalArgumentException when the view lacks its ids or cannot be written as JSON
   */
  public void save(CaseView view) {
    requireIds(view);
    String body = CaseJson.write(view);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Portable upsert: update, else insert; a unique violation on insert means another save
    // inserted first, so the next update finds its row.
    for (int attempt = 1; ; attempt++) {
      try {
        jdbi.useHandle(handle -> upsert(handle, view, body, now));
        return;
      } catch (RuntimeException e) {
        if (attempt >= SAVE_ATTEMPTS || !SqlConflicts.isConflict(e)) {
          throw e;
        }
      }
    }
  }

  public Optional<CaseView> find(String caseId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT body FROM cases WHERE case_id = :caseId")
                    .bind("caseId", caseId)
                    .mapTo(String.class)
                    .findOne())
        .map(body -> CaseJson.read(caseId, body));
  }

  /** The cases that pass the filter, newest rating first. */
  public List<CaseView> list(CaseFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT case_id, body FROM cases WHERE 1 = 1");
    if (filter.status() != null) {
      sql.append(" AND status = :status");
      if (filter.status() == CaseFilter.Status.OVERDUE) {
        sql.append(" AND overdue = TRUE");
      }
    }
    if (filter.score() != null) {
      sql.append(" AND score = :score");
    }
    if (filter.conversationId() != null) {
      sql.append(" AND conversation_id = :conversationId");
    }
    sql.append(" ORDER BY rated_at DESC NULLS LAST, case_id DESC LIMIT :limit");
    return jdbi.withHandle(
        handle -> {
          Query query = handle.createQuery(sql.toString()).bind("limit", filter.limit());
          if (filter.status() != null) {
            query.bind(
                "status",
                filter.status() == CaseFilter.Status.CLOSED ? CaseView.CLOSED : CaseView.OPEN);
          }
          if (filter.score() != null) {
            query.bind("score", filter.score());
          }
          if (filter.conversationId() != null) {
            query.bind("conversationId", filter.conversationId());
          }
          return query
              .map((rs, ctx) -> CaseJson.read(rs.getString("case_id"), rs.getString("body")))
              .list();
        });
  }

  /** How many cases the conversation has had, open or closed. */
  public int countForConversation(String conversationId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT COUNT(*) FROM cases WHERE conversation_id = :conversationId")
                .bind("conversationId", conversationId)
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Whether the customer gave a 3 on another case rated at or after {@code since}: the playbook's
   * repeat rule. The customer matches by Intercom contact id, or by external id when both the
   * question and the row have one (a lead that became a user gets a new contact id).
   *
   * @param customerId the Intercom contact id, or null
   * @param externalId the contact's {@code external_id}, or null
   * @param since the start of the repeat window; null for no limit
   * @param excludeCaseId the case asking, which does not count; may be null
   */
  public boolean hadNeutralSince(
      String customerId, String externalId, Instant since, String excludeCaseId) {
    List<String> who = new ArrayList<>();
    if (customerId != null) {
      who.add("customer_id = :customerId");
    }
    if (externalId != null) {
      who.add("customer_external_id = :externalId");
    }
    if (who.isEmpty()) {
      return false;
    }
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*) FROM cases WHERE score = 3 AND (")
            .append(String.join(" OR ", who))
            .append(')');
    if (since != null) {
      sql.append(" AND rated_at >= :since");
    }
    if (excludeCaseId != null) {
      sql.append(" AND case_id <> :excludeCaseId");
    }
    int count =
        jdbi.withHandle(
            handle -> {
              Query query = handle.createQuery(sql.toString());
              if (customerId != null) {
                query.bind("customerId", customerId);
              }
              if (externalId != null) {
                query.bind("externalId", externalId);
              }
              if (since != null) {
                query.bindByType("since", since, Instant.class);
              }
              if (excludeCaseId != null) {
                query.bind("excludeCaseId", excludeCaseId);
              }
              return query.mapTo(Integer.class).one();
            });
    return count > 0;
  }

  private static void requireIds(CaseView view) {
    if (view == null) {
      throw new IllegalArgumentException("no case to save");
    }
    if (view.caseId() == null || view.conversationId() == null || view.status() == null) {
      throw new IllegalArgumentException(
          "case "
              + view.caseId()
              + " lacks its case id, conversation id or status and cannot be saved");
    }
  }

  private static void upsert(Handle handle, CaseView view, String body, Instant now) {
    int updated = bindRow(handle.createUpdate(UPDATE), view, body, now).execute();
    if (updated == 0) {
      bindRow(handle.createUpdate(INSERT), view, body, now).execute();
    }
  }

  private static Update bindRow(Update statement, CaseView view, String body, Instant now) {
    Customer customer = view.customer();
    return statement
        .bind("caseId", view.caseId())
        .bind("workflowId", view.workflowId() != null ? view.workflowId() : "")
        .bind("conversationId", view.conversationId())
        .bind("score", view.score())
        .bind("status", view.status())
        .bind("stage", view.stage() != null ? view.stage().wireName() : null)
        .bind("overdue", view.overdue())
        .bind("customerId", customer != null ? customer.id() : null)
        .bind("customerExternalId", customer != null ? customer.externalId() : null)
        .bind("teammate", view.teammate())
        .bind("owner", view.owner())
        .bind("rootCause", view.rootCause())
        .bind("productArea", view.productArea())
        .bind("outcome", view.outcome() != null ? view.outcome().wireName() : null)
        .bindByType("ratedAt", view.ratedAt(), Instant.class)
        .bindByType("claimedAt", view.claimedAt(), Instant.class)
        .bindByType("followedUpAt", view.followedUpAt(), Instant.class)
        .bindByType("fixedAt", view.fixedAt(), Instant.class)
        .bindByType("closedAt", view.closedAt(), Instant.class)
        .bindByType("updatedAt", now, Instant.class)
        .bind("body", body);
  }
}
