/**
 * Rebound's edge to Intercom: the webhook body ({@link
 * app.rebound.activities.intercom.IntercomWebhook}) and its signature ({@link
 * app.rebound.activities.intercom.HubSignature}), the REST API 2.x ({@link
 * app.rebound.activities.intercom.IntercomClient}) and the activity that reads a conversation's
 * context ({@link app.rebound.activities.intercom.IntercomActivitiesImpl}). Intercom's JSON stops
 * here: everything leaving this package is one of Rebound's own types.
 */
package app.rebound.activities.intercom;
