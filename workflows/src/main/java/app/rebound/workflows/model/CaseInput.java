package app.rebound.workflows.model;

import app.rebound.workflows.playbook.Playbook;

/**
 * What a case workflow starts from.
 *
 * @param caseId the case id chosen by the starter (see {@link CaseIds})
 * @param rating the first rating of the case
 * @param playbook the team's rules, fixed for the life of the case
 * @param links base URLs for links in messages and the case JSON
 */
public record CaseInput(String caseId, Rating rating, Playbook playbook, Links links) {

  /**
   * @param intercomAppUrl base of conversation links, e.g. {@code https://app.intercom.com}
   * @param intercomAppId the Intercom workspace id, for conversation links; may be null
   * @param publicUrl base URL of Rebound's dashboard
   * @param temporalUiUrl base URL of the Temporal Web UI, or null
   */
  public record Links(
      String intercomAppUrl, String intercomAppId, String publicUrl, String temporalUiUrl) {}
}
