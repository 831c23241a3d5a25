package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Escalation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageRendererTest {
  private final MessageRenderer renderer = new MessageRenderer();

  @Test
  void alertButtonsHaveTheExactLabelsActionIdsAndCaseId() {
    RenderedMessage message = renderer.render(Cases.alert());

    List<JsonNode> buttons = buttons(message);
    assertThat(buttons)
        .extracting(b -> b.path("text").path("text").asText())
        .containsExactly("Claim", "Followed up", "Fixed", "Case page", "Workflow in Temporal");
    assertThat(buttons.subList(0, 3))
        .extracting(b -> b.path("action_id").asText())
        .containsExactly("claim", "follow_up", "fix");
    assertThat(buttons.subList(0, 3))
        .extracting(b -> b.path("value").asText())
        .containsOnly(Cases.CASE_ID);
    assertThat(buttons.get(3).path("url").asText())
        .isEqualTo("http://localhost:8080/cases/" + Cases.CASE_ID);
  }

  @Test
  void alertWithoutWorkflowUrlHasNoTemporalButton() {
    CaseView view = new Cases.View().workflowUrl(null).build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.ALERT, view));

    assertThat(buttons(message))
        .extracting(b -> b.path("action_id").asText())
        .containsExactly("claim", "follow_up", "fix", "open_case");
  }

  @Test
  void alertShowsWhoWhatWhereAndWhen() {
    RenderedMessage message = renderer.render(Cases.alert());

    String text = BlockText.of(message.blocksJson());
    assertThat(text)
        .contains("Jane Roe", "jane.roe@example.org", "1 (furious)", "Alex Teammate")
        .contains("You charged me twice")
        .contains(
            "<https://app.intercom.com/a/inbox/abc123/inbox/conversation/215469837451234|Open in Intercom>")
        .contains("Double charge on invoice #42", "I was charged twice.", "Looking into it.")
        .contains("first reply after 2 h 5 min", "reopened 2 times", "billing, vip")
        .contains("<@U0MANAGER1> <@U0MANAGER2>")
        .contains("Claim by Thu 3 Dec, 09:20 EST", "Follow up by Thu 3 Dec, 10:05 EST")
        .contains("*Owner*\n_nobody yet_", "*Stage*\nalerted");
  }

  @Test
  void alertFlagsAConversationTheAiAgentTookPartIn() {
    CaseView withAgent = new Cases.View().aiAgent(true).build();

    String flagged =
        BlockText.of(renderer.render(Cases.request(MessageKind.ALERT, withAgent)).blocksJson());
    String plain = BlockText.of(renderer.render(Cases.alert()).blocksJson());

    assertThat(flagged).contains("AI agent took part");
    assertThat(plain).doesNotContain("AI agent");
  }

  @Test
  void closedAlertLosesItsButtons() {
    CaseView closed = new Cases.View().owner("U0MANAGER1").closed().build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.ALERT, closed));

    assertThat(buttons(message)).isEmpty();
    assertThat(BlockText.of(message.blocksJson()))
        .contains("Closed:", "<http://localhost:8080/cases/");
  }

  @Test
  void userTextIsEscapedAndCannotFormatOrPing() {
    CaseView view =
        new Cases.View()
            .remark("*bold* <p>A & B</p> <!channel> 😡👍")
            .customer(new Customer("c1", null, "<@U0EVIL> & Co", null))
            .build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.ALERT, view));

    String text = BlockText.of(message.blocksJson());
    assertThat(text)
        .contains(
            "&lt;p&gt;A &amp; B&lt;/p&gt;", "&lt;!channel&gt;", "😡👍", "&lt;@U0EVIL&gt; &amp; Co")
        .doesNotContain("*bold*", "<p>", "<!channel>", "<@U0EVIL>")
        .contains("\u200B*\u200Bbold\u200B*\u200B");
    assertThat(message.text()).doesNotContain("<p>", "*bold*").contains("&amp;");
  }

  @Test
  void longRemarkIsTruncatedWithAnEllipsisWithinSlacksSectionLimit() {
    String remark = "😡".repeat(100) + "x".repeat(3300) + " & the end";

    RenderedMessage message =
        renderer.render(Cases.request(MessageKind.ALERT, new Cases.View().remark(remark).build()));

    List<String> sections = sectionTexts(message);
    String remarkSection =
        sections.stream().filter(s -> s.startsWith("*Remark*")).findFirst().orElseThrow();
    assertThat(remarkSection)
        .hasSizeLessThanOrEqualTo(3000)
        .endsWith("…")
        .doesNotContain("the end");
    assertThat(sections).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(3000));
    assertThat(message.text()).hasSizeLessThanOrEqualTo(3000);
  }

  @Test
  void truncationNeverSplitsAnEmojiOrAnEntity() {
    assertThat(SlackText.truncate("ab😡cd", 4)).isEqualTo("ab…");
    assertThat(SlackText.truncate("abc&amp;def", 7)).isEqualTo("abc…");
    assertThat(SlackText.truncate("short", 150)).isEqualTo("short");
  }

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void everyKindHasFallbackTextAndKeepsSlackLimits(MessageKind kind) {
    CaseView view =
        new Cases.View()
            .owner("U0MANAGER1")
            .fix("Refunded the charge")
            .remark("x".repeat(3500))
            .build();
    SlackRequest request =
        withEscalation(
            Cases.request(kind, view),
            new Escalation(Escalation.FOLLOW_UP_MISSED, Instant.now(), Instant.now()));

    RenderedMessage message = renderer.render(request);

    assertThat(message.text()).isNotBlank().hasSizeLessThanOrEqualTo(3000);
    assertThat(message.blocks()).isNotEmpty();
    JsonNode blocks = BlockText.tree(message.blocksJson());
    for (JsonNode block : blocks) {
      if (block.path("type").asText().equals("header")) {
        assertThat(block.path("text").path("text").asText()).hasSizeLessThanOrEqualTo(150);
      }
    }
    assertThat(sectionTexts(message)).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(3000));
  }

  @Test
  void noticeIsLowKeyWithClaimAndTheLink() {
    CaseView view = new Cases.View().score(3).build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.NOTICE, view));

    assertThat(buttons(message))
        .extracting(b -> b.path("text").path("text").asText())
        .containsExactly("Claim", "Case page", "Workflow in Temporal");
    assertThat(message.blocks()).noneMatch(b -> b.getType().equals("header"));
  }

  @Test
  void claimRealertMentionsTheManagers() {
    RenderedMessage message =
        renderer.render(Cases.request(MessageKind.CLAIM_REALERT, Cases.furious()));

    assertThat(BlockText.of(message.blocksJson()))
        .startsWith("<@U0MANAGER1> <@U0MANAGER2>")
        .contains("Nobody has claimed", "09:20 EST");
  }

  @Test
  void escalationSaysWhatWasMissedAndMentions() {
    SlackRequest request =
        withEscalation(
            Cases.request(MessageKind.ESCALATION, new Cases.View().owner("U0REP").build()),
            new Escalation(
                Escalation.FOLLOW_UP_MISSED,
                Instant.parse("2026-12-03T15:05:55Z"),
                Instant.parse("2026-12-03T15:05:55Z")));

    RenderedMessage message = renderer.render(request);

    assertThat(BlockText.of(message.blocksJson()))
        .contains(
            "<@U0MANAGER1>",
            "follow-up deadline passed",
            "due Thu 3 Dec, 10:05 EST",
            "Owner: <@U0REP>");
  }

  @Test
  void followUpDraftNamesCustomerOwnerAndIssueAndNeverAsksForARating() {
    CaseView view = new Cases.View().owner("U0REP").build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.FOLLOW_UP_DRAFT, view));

    String draft = sectionTexts(message).get(1);
    assertThat(draft).startsWith("> Hi Jane,").contains("<@U0REP>", "You charged me twice");
    assertThat(draft.toLowerCase()).doesNotContain("rating", "rate ", "review", "score", "survey");
  }

  @Test
  void followUpDraftFallsBackToTheSubjectWithoutARemark() {
    CaseView view = new Cases.View().owner("U0REP").remark("").build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.FOLLOW_UP_DRAFT, view));

    assertThat(sectionTexts(message).get(1)).contains("Double charge on invoice #42");
  }

  @Test
  void checkInPromptNamesTheFixAndHasTheOutcomeButtons() {
    CaseView view = new Cases.View().owner("U0REP").fix("Refunded the double charge").build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.CHECK_IN_PROMPT, view));

    assertThat(BlockText.of(message.blocksJson()))
        .contains("Refunded the double charge", "Hi Jane");
    List<JsonNode> buttons = buttons(message);
    assertThat(buttons.subList(0, 3))
        .extracting(b -> b.path("text").path("text").asText())
        .containsExactly("Recovered", "Still unhappy", "No reply");
    assertThat(buttons.subList(0, 3))
        .extracting(b -> b.path("action_id").asText())
        .containsExactly("check_in_recovered", "check_in_still_unhappy", "check_in_no_reply");
    assertThat(buttons.subList(0, 3))
        .extracting(b -> b.path("value").asText())
        .containsOnly(Cases.CASE_ID);
  }

  @Test
  void winOfAFiveSuggestsThePublicReview() {
    CaseView view = new Cases.View().score(5).remark("Brilliant help!").build();
    SlackRequest request =
        withReviewUrl(Cases.request(MessageKind.WIN, view), "https://example.com/review?a=1&b=2");

    RenderedMessage message = renderer.render(request);

    assertThat(BlockText.of(message.blocksJson()))
        .contains(
            "5 of 5 (delighted)",
            "public review",
            "<https://example.com/review?a=1&amp;b=2|review page>");
  }

  @Test
  void winOfAFourDoesNotAskForAReview() {
    CaseView view = new Cases.View().score(4).build();
    SlackRequest request =
        withReviewUrl(Cases.request(MessageKind.WIN, view), "https://example.com/review");

    RenderedMessage message = renderer.render(request);

    assertThat(BlockText.of(message.blocksJson()))
        .contains("4 of 5 (happy)")
        .doesNotContain("review");
  }

  @Test
  void recoveredNamesTheOwner() {
    CaseView view = new Cases.View().owner("U0REP").fix("Refunded").build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.RECOVERED, view));

    assertThat(BlockText.of(message.blocksJson()))
        .contains("<@U0REP> recovered the furious rating");
  }

  @Test
  void ratingChangedShowsOldAndNewScore() {
    CaseView view = new Cases.View().score(1).previousScores(List.of(3, 2)).build();

    RenderedMessage message = renderer.render(Cases.request(MessageKind.RATING_CHANGED, view));

    assertThat(BlockText.of(message.blocksJson())).contains("2 (unhappy) → 1 (furious)");
    assertThat(message.text()).contains("2 (unhappy) → 1 (furious)");
  }

  private static List<JsonNode> buttons(RenderedMessage message) {
    List<JsonNode> buttons = new ArrayList<>();
    for (JsonNode block : BlockText.tree(message.blocksJson())) {
      if (block.path("type").asText().equals("actions")) {
        block.path("elements").forEach(buttons::add);
      }
    }
    return buttons;
  }

  private static List<String> sectionTexts(RenderedMessage message) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : BlockText.tree(message.blocksJson())) {
      if (block.path("type").asText().equals("section") && block.has("text")) {
        texts.add(block.path("text").path("text").asText());
      }
    }
    return texts;
  }

  private static SlackRequest withEscalation(SlackRequest r, Escalation escalation) {
    return new SlackRequest(
        r.caseId(),
        r.key(),
        r.kind(),
        r.channel(),
        r.threadTs(),
        r.mentions(),
        r.view(),
        r.context(),
        escalation,
        r.timezone(),
        r.reviewUrl());
  }

  private static SlackRequest withReviewUrl(SlackRequest r, String reviewUrl) {
    return new SlackRequest(
        r.caseId(),
        r.key(),
        r.kind(),
        r.channel(),
        r.threadTs(),
        r.mentions(),
        r.view(),
        r.context(),
        r.escalation(),
        r.timezone(),
        reviewUrl);
  }
}
