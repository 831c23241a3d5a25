package app.rebound.workflows;

import io.temporal.common.SearchAttributeKey;

/**
 * The search attributes that let operators find cases in the Temporal Web UI. A server must have
 * them registered (the embedded `dev` server registers them itself; for a real cluster see the
 * README) before cases are started with search attributes on.
 */
public final class CaseSearchAttributes {
  public static final SearchAttributeKey<Long> SCORE = SearchAttributeKey.forLong("CsatScore");
  public static final SearchAttributeKey<String> STAGE = SearchAttributeKey.forKeyword("CaseStage");
  public static final SearchAttributeKey<String> OWNER = SearchAttributeKey.forKeyword("CaseOwner");

  private CaseSearchAttributes() {}
}
