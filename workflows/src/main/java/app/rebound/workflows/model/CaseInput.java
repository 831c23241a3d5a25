package app.rebound.workflows.model;

import app.rebound.workflows.playbook.Playbook;

/**
 * What a case workflow starts from.
 *
 * @param caseId the case id chosen by the starter (see {@link CaseIds})
 * @param rating the first rating of the case
 * @param playbook the team's rules, fixed for the life of the case
 * @param links base URLs for links in messages and the case JSON
 * @param searchAttributes whether the Temporal server has Rebound's search attributes registered
 *     (see {@code CaseSearchAttributes}); upserting unregistered ones would fail the workflow task
 */
public record CaseInput(
    String caseId, Rating rating, Playbook playbook, Links links, boolean searchAttributes) {

  /**
   * @param intercomAppUrl base of conversation links, e.g. {@code https://app.intercom.com}
   * @param intercomAppId the Intercom workspace id from the webhook, for conversation links
   * @param publicUrl base URL of Rebound's dashboard
   * @param temporalUiUrl base URL of the Temporal Web UI, or null for no links
   * @param temporalNamespace the namespace the case runs in, for Temporal UI links
   */
  public record Links(
      String intercomAppUrl,
      String intercomAppId,
      String publicUrl,
      String temporalUiUrl,
      String temporalNamespace) {

    public String conversationUrl(String conversationId) {
      String app = intercomAppId == null || intercomAppId.isBlank() ? "_" : intercomAppId;
      return trim(intercomAppUrl)
          + "/a/apps/"
          + app
          + "/inbox/inbox/all/conversations/"
          + conversationId;
    }

    public String caseUrl(String caseId) {
      return trim(publicUrl) + "/?case=" + caseId;
    }

    /** The workflow's page in the Temporal Web UI, or null when no UI is configured. */
    public String workflowUrl(String workflowId) {
      if (temporalUiUrl == null || temporalUiUrl.isBlank()) {
        return null;
      }
      return trim(temporalUiUrl) + "/namespaces/" + temporalNamespace + "/workflows/" + workflowId;
    }

    private static String trim(String url) {
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }
}
