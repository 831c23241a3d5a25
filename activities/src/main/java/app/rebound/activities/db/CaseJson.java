package app.rebound.activities.db;

import app.rebound.workflows.model.CaseView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The case JSON as the {@code body} column keeps it: ISO-8601 instants and the enums' lower-case
 * wire names, as {@code GET /api/cases/{caseId}} shows them. Unknown fields are ignored on read, so
 * that rows written by a newer version still load.
 */
final class CaseJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private CaseJson() {}

  /**
   * @throws IllegalArgumentException when the case cannot be written as JSON
   */
  static String write(CaseView view) {
    try {
      return MAPPER.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "case " + view.caseId() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @throws IllegalStateException when a stored row is not a case
   */
  static CaseView read(String caseId, String json) {
    try {
      return MAPPER.readValue(json, CaseView.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the stored row of case " + caseId + " is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
