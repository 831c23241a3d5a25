package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The person who gave the rating, as Intercom knows them. Every field but {@code id} may be null:
 * leads often have no email and sometimes no name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(String id, String externalId, String name, String email) {

  /** The name to address the customer by, falling back to the email and then to "the customer". */
  @JsonIgnore
  public String displayName() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    if (email != null && !email.isBlank()) {
      return email;
    }
    return "the customer";
  }
}
