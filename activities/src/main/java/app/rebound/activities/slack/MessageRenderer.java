package app.rebound.activities.slack;

import static app.rebound.activities.slack.SlackText.escape;
import static app.rebound.activities.slack.SlackText.mention;
import static app.rebound.activities.slack.SlackText.user;

import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Deadlines;
import app.rebound.workflows.model.Escalation;
import app.rebound.workflows.model.WeeklyReport;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders each {@link MessageKind} of a case into Block Kit blocks and a fallback text.
 *
 * <p>All text that comes from outside Rebound goes through {@link SlackText#user}, so a remark like
 * {@code <!channel> *now*} is shown as written and never pings or formats. Times are shown in the
 * team's zone ({@link SlackRequest#timezone()}).
 */
public final class MessageRenderer {
  /** Action ids of the buttons; {@code value} is always the case id. */
  public static final String CLAIM = "claim";

  public static final String FOLLOW_UP = "follow_up";
  public static final String FIX = "fix";
  public static final String CHECK_IN_RECOVERED = "check_in_recovered";
  public static final String CHECK_IN_STILL_UNHAPPY = "check_in_still_unhappy";
  public static final String CHECK_IN_NO_REPLY = "check_in_no_reply";

  /** Link buttons: Slack reports their clicks too, and they need no handling. */
  public static final String OPEN_CASE = "open_case";

  public static final String OPEN_WORKFLOW = "open_workflow";

  private static final int MESSAGE_EXCERPT = 500;
  private static final int FALLBACK_REMARK = 200;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm zzz", Locale.ENGLISH);

  public RenderedMessage render(SlackRequest request) {
    Message m = new Message(request);
    return switch (request.kind()) {
      case ALERT -> m.alert();
      case NOTICE -> m.notice();
      case CLAIM_REALERT -> m.claimRealert();
      case ESCALATION -> m.escalation();
      case FOLLOW_UP_DRAFT -> m.followUpDraft();
      case CHECK_IN_PROMPT -> m.checkInPrompt();
      case CHECK_IN_REMINDER -> m.checkInReminder();
      case WIN -> m.win();
      case RECOVERED -> m.recovered();
      case RATING_CHANGED -> m.ratingChanged();
    };
  }

  /** The weekly pattern report for the reports channel. */
  public RenderedMessage renderWeeklyReport(WeeklyReport report) {
    return new WeeklyReportMessage(report).render();
  }

  /** The name of a score as the playbook says it: 1 furious to 5 delighted. */
  static String scoreName(int score) {
    return switch (score) {
      case 1 -> "furious";
      case 2 -> "unhappy";
      case 3 -> "neutral";
      case 4 -> "happy";
      case 5 -> "delighted";
      default -> "score " + score;
    };
  }

  /** One message being rendered: the request and what every kind derives from it. */
  private static final class Message {
    private final SlackRequest request;
    private final CaseView view;
    private final ConversationContext context;
    private final ZoneId zone;
    private final BlockList blocks = new BlockList();

    Message(SlackRequest request) {
      this.request = request;
      this.view = request.view();
      this.context = request.context() == null ? ConversationContext.EMPTY : request.context();
      this.zone = zone(request.timezone());
    }

    RenderedMessage alert() {
      String title = scoreTitle() + (view.repeat() ? " again" : "");
      if (!view.isOpen()) {
        title = "Closed: " + title;
      } else if (view.overdue()) {
        title = title + " · overdue";
      }
      blocks.header(emoji() + " " + title);
      if (!mentions().isEmpty()) {
        blocks.section(
            mentions() + " " + (view.owner() == null ? "this case needs an owner." : "heads up."));
      }
      blocks.fields(
          "*Customer*\n" + customerLine(),
          "*Score*\n" + view.score() + " (" + scoreName(view.score()) + ")",
          "*Teammate*\n" + user(teammate()),
          "*Conversation*\n" + SlackText.link(view.conversationUrl(), "Open in Intercom"),
          "*Owner*\n" + ownerLine(),
          "*Stage*\n" + stage());
      if (view.aiAgentParticipated()) {
        blocks.section(":robot_face: Intercom's AI agent took part in this conversation.");
      }
      remark();
      conversation();
      deadlineLines();
      escalations();
      resolution();
      if (view.isOpen()) {
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button("Claim", CLAIM, view.owner() == null ? "primary" : null));
        buttons.add(button("Followed up", FOLLOW_UP, null));
        buttons.add(button("Fixed", FIX, null));
        buttons.addAll(linkButtons());
        blocks.actions("case_actions", buttons);
      } else {
        links();
      }
      return done(scoreTitle() + " from " + customerPlain() + fallbackRemark() + ownerFallback());
    }

    RenderedMessage notice() {
      blocks.section(
          ":neutral_face: *Neutral rating* (3 of 5) from "
              + customerLine()
              + " · teammate "
              + user(teammate())
              + " · "
              + SlackText.link(view.conversationUrl(), "conversation"));
      remark();
      if (view.owner() != null || !view.isOpen()) {
        blocks.context(
            (view.owner() == null ? "" : "Owner: " + ownerLine() + " · ") + "Stage: " + stage());
      }
      if (view.isOpen()) {
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button("Claim", CLAIM, null));
        buttons.addAll(linkButtons());
        blocks.actions("case_actions", buttons);
      } else {
        links();
      }
      return done("Neutral rating (3 of 5) from " + customerPlain() + fallbackRemark());
    }

    RenderedMessage claimRealert() {
      String claimBy = time(deadlinesOrNone().claim());
      blocks.section(
          prefixMentions()
              + ":rotating_light: Nobody has claimed the "
              + scoreName(view.score())
              + " rating from "
              + customerLine()
              + " yet"
              + (claimBy == null ? "." : "; the claim deadline was " + claimBy + "."));
      remark();
      List<BlockElement> buttons = new ArrayList<>();
      if (view.isOpen() && view.owner() == null) {
        buttons.add(button("Claim", CLAIM, "primary"));
      }
      buttons.addAll(linkButtons());
      blocks.actions("realert_actions", buttons);
      return done(
          "Nobody has claimed the "
              + scoreName(view.score())
              + " rating from "
              + customerPlain()
              + " yet");
    }

    RenderedMessage escalation() {
      Escalation missed = request.escalation();
      String what = missedWhat(missed == null ? null : missed.kind());
      StringBuilder text =
          new StringBuilder(prefixMentions())
              .append(":warning: *")
              .append(what)
              .append("* on the ")
              .append(scoreName(view.score()))
              .append(" rating from ")
              .append(customerLine())
              .append('.');
      if (missed != null && missed.deadline() != null) {
        text.append(" It was due ").append(time(missed.deadline())).append('.');
      }
      text.append(" Owner: ").append(ownerLine()).append(" · stage: ").append(stage()).append('.');
      blocks.section(text.toString());
      remark();
      List<BlockElement> buttons = new ArrayList<>();
      if (view.isOpen() && view.owner() == null) {
        buttons.add(button("Claim", CLAIM, "primary"));
      }
      buttons.addAll(linkButtons());
      blocks.actions("escalation_actions", buttons);
      return done(what + " on the " + scoreName(view.score()) + " rating from " + customerPlain());
    }

    RenderedMessage followUpDraft() {
      blocks.section(
          mention(view.owner())
              + " you own the "
              + scoreName(view.score())
              + " rating from "
              + customerLine()
              + ". Here is a draft for your personal follow-up; make it your own before you send"
              + " it in Intercom:");
      blocks.section(
          SlackText.quote(
              "Hi "
                  + user(firstName())
                  + ",\nThis is "
                  + mention(view.owner())
                  + " from the support team. I read what you wrote about "
                  + issue()
                  + ", and I'm sorry we let you down there.\nI'm looking into it myself and"
                  + " will get back to you with what we're doing about it. If there's anything"
                  + " I've missed, just reply to this message and it comes straight to me."));
      blocks.context(SlackText.link(view.conversationUrl(), "Open the conversation in Intercom"));
      blocks.actions("draft_actions", linkButtons());
      return done("A draft follow-up for " + customerPlain());
    }

    RenderedMessage checkInPrompt() {
      blocks.section(
          mention(view.owner())
              + " it's time to check in with "
              + customerLine()
              + " about the fix: "
              + fixText()
              + ". A draft:");
      blocks.section(
          SlackText.quote(
              "Hi "
                  + user(firstName())
                  + ",\nI wanted to check in on "
                  + issue()
                  + ". Here is what we changed: "
                  + fixText()
                  + ".\nIs everything working the way you need it now? If not, just reply and"
                  + " I'll pick it up right away."));
      blocks.context("When you have heard back (or not), record how it went:");
      checkInButtons("check_in_actions");
      return done("Time to check in with " + customerPlain() + " about the fix");
    }

    RenderedMessage checkInReminder() {
      String due = time(deadlinesOrNone().checkIn());
      String who = mentions().isEmpty() ? mention(view.owner()) : mentions();
      blocks.section(
          who
              + " :alarm_clock: Reminder: the check-in with "
              + customerLine()
              + " about the fix ("
              + fixText()
              + ")"
              + (due == null ? " is overdue." : " was due " + due + ".")
              + " How did it go?");
      checkInButtons("check_in_reminder_actions");
      return done("Reminder: the check-in with " + customerPlain() + " is overdue");
    }

    RenderedMessage win() {
      blocks.section(
          ":tada: "
              + customerLine()
              + " rated the conversation with "
              + user(teammate())
              + " "
              + view.score()
              + " of 5 ("
              + scoreName(view.score())
              + ").");
      remark();
      String reviewUrl = request.reviewUrl();
      boolean askForReview = view.score() == 5 && reviewUrl != null && !reviewUrl.isBlank();
      if (askForReview) {
        blocks.section(
            ":star: A delighted customer: consider asking "
                + user(firstName())
                + " for a public review ("
                + SlackText.link(reviewUrl, "review page")
                + ").");
      }
      return done(
          customerPlain()
              + " rated "
              + view.score()
              + " of 5 ("
              + scoreName(view.score())
              + ")"
              + (askForReview ? "; ask for a public review" : ""));
    }

    RenderedMessage recovered() {
      blocks.section(
          ":tada: "
              + mention(view.owner())
              + " recovered the "
              + scoreName(view.score())
              + " rating from "
              + customerLine()
              + ". The customer is happy again.");
      resolution();
      blocks.actions("recovered_actions", linkButtons());
      return done(ownerPlain() + " recovered the rating from " + customerPlain());
    }

    RenderedMessage ratingChanged() {
      List<Integer> previous = view.previousScores() == null ? List.of() : view.previousScores();
      String change =
          previous.isEmpty()
              ? "now " + view.score() + " (" + scoreName(view.score()) + ")"
              : scoreWithName(previous.get(previous.size() - 1))
                  + " → "
                  + scoreWithName(view.score());
      blocks.section(
          prefixMentions()
              + ":arrows_counterclockwise: "
              + customerLine()
              + " changed the rating: "
              + change
              + ".");
      remark();
      blocks.actions("rating_changed_actions", linkButtons());
      return done(customerPlain() + " changed the rating: " + change);
    }

    // -- pieces shared by the kinds

    private void remark() {
      String remark = view.remark();
      if (remark == null || remark.isBlank()) {
        blocks.context("_No remark._");
      } else {
        blocks.section("*Remark*\n" + SlackText.quote(user(remark.strip())));
      }
    }

    private void conversation() {
      List<String> facts = new ArrayList<>();
      if (context.secondsToFirstReply() != null) {
        facts.add("first reply after " + duration(context.secondsToFirstReply()));
      }
      if (context.reopens() != null && context.reopens() > 0) {
        facts.add("reopened " + context.reopens() + (context.reopens() == 1 ? " time" : " times"));
      }
      if (context.tags() != null && !context.tags().isEmpty()) {
        facts.add(
            "tags: "
                + context.tags().stream().map(SlackText::user).collect(Collectors.joining(", ")));
      }
      if (context.subject() != null && !context.subject().isBlank()) {
        blocks.section("*Subject:* " + user(context.subject().strip()));
      }
      if (!facts.isEmpty()) {
        blocks.context(String.join(" · ", facts));
      }
      List<ConversationContext.Message> messages =
          context.messages() == null ? List.of() : context.messages();
      if (!messages.isEmpty()) {
        StringBuilder text = new StringBuilder("*Last messages*");
        for (ConversationContext.Message message : messages) {
          text.append("\n*")
              .append("teammate".equals(message.author()) ? "Teammate" : "Customer")
              .append(message.authorName() == null ? "" : " (" + user(message.authorName()) + ")")
              .append(":* ")
              .append(user(SlackText.truncate(oneLine(message.text()), MESSAGE_EXCERPT)));
        }
        blocks.section(text.toString());
      }
    }

    private void deadlineLines() {
      Deadlines d = deadlinesOrNone();
      List<String> lines = new ArrayList<>();
      deadline(lines, "Claim", d.claim(), view.claimedAt());
      deadline(lines, "Follow up", d.followUp(), view.followedUpAt());
      deadline(lines, view.fixEta() != null ? "Fix (ETA)" : "Fix", d.fix(), view.fixedAt());
      deadline(lines, "Check in", d.checkIn(), view.checkedInAt());
      if (!lines.isEmpty()) {
        blocks.section("*Deadlines* (" + escape(zone.getId()) + ")\n" + String.join("\n", lines));
      }
    }

    private void deadline(List<String> lines, String label, Instant due, Instant done) {
      if (due == null) {
        return;
      }
      String line = "• " + label + " by " + time(due);
      lines.add(done == null ? line : "~" + line + "~ done " + time(done));
    }

    private void escalations() {
      if (view.escalations() == null || view.escalations().isEmpty()) {
        return;
      }
      blocks.context(
          ":warning: Escalated: "
              + view.escalations().stream()
                  .map(
                      e ->
                          missedWhat(e.kind()).toLowerCase(Locale.ROOT) + " (" + time(e.at()) + ")")
                  .collect(Collectors.joining(", ")));
    }

    private void resolution() {
      List<String> parts = new ArrayList<>();
      if (view.outcome() != null) {
        parts.add("*Outcome:* " + view.outcome().wireName().replace('_', ' '));
      }
      if (view.rootCause() != null) {
        parts.add("*Root cause:* " + user(view.rootCause()));
      }
      if (view.productArea() != null) {
        parts.add("*Product area:* " + user(view.productArea()));
      }
      if (view.fix() != null && !view.fix().isBlank()) {
        parts.add("*Fix:* " + user(view.fix()));
      }
      if (view.fixEta() != null && view.fixedAt() == null) {
        parts.add("*Fix expected:* " + time(view.fixEta()));
      }
      if (!parts.isEmpty()) {
        blocks.section(String.join("\n", parts));
      }
    }

    private void checkInButtons(String blockId) {
      List<BlockElement> buttons = new ArrayList<>();
      if (view.isOpen() && view.checkedInAt() == null) {
        buttons.add(button("Recovered", CHECK_IN_RECOVERED, "primary"));
        buttons.add(button("Still unhappy", CHECK_IN_STILL_UNHAPPY, "danger"));
        buttons.add(button("No reply", CHECK_IN_NO_REPLY, null));
      }
      buttons.addAll(linkButtons());
      blocks.actions(blockId, buttons);
    }

    private List<BlockElement> linkButtons() {
      List<BlockElement> buttons = new ArrayList<>();
      if (view.caseUrl() != null) {
        buttons.add(linkButton("Case page", OPEN_CASE, view.caseUrl()));
      }
      if (view.workflowUrl() != null) {
        buttons.add(linkButton("Workflow in Temporal", OPEN_WORKFLOW, view.workflowUrl()));
      }
      return buttons;
    }

    private void links() {
      List<String> links = new ArrayList<>();
      if (view.caseUrl() != null) {
        links.add(SlackText.link(view.caseUrl(), "Case page"));
      }
      if (view.workflowUrl() != null) {
        links.add(SlackText.link(view.workflowUrl(), "Workflow in Temporal"));
      }
      if (!links.isEmpty()) {
        blocks.context(String.join(" · ", links));
      }
    }

    // -- words

    private String scoreTitle() {
      String name = scoreName(view.score());
      return Character.toUpperCase(name.charAt(0))
          + name.substring(1)
          + " rating ("
          + view.score()
          + " of 5)";
    }

    private String emoji() {
      return switch (view.score()) {
        case 1 -> ":rotating_light:";
        case 2 -> ":warning:";
        default -> ":neutral_face:";
      };
    }

    private static String scoreWithName(int score) {
      return score + " (" + scoreName(score) + ")";
    }

    private String customerName() {
      Customer customer = view.customer();
      if (customer != null && customer.name() != null && !customer.name().isBlank()) {
        return customer.name();
      }
      return blankToNull(context.customerName());
    }

    private String customerEmail() {
      Customer customer = view.customer();
      if (customer != null && customer.email() != null && !customer.email().isBlank()) {
        return customer.email();
      }
      return blankToNull(context.customerEmail());
    }

    /** Name and email, for the message body. */
    private String customerLine() {
      String name = customerName();
      String email = customerEmail();
      if (name != null) {
        return "*" + user(name) + "*" + (email == null ? "" : " (" + user(email) + ")");
      }
      return email != null ? "*" + user(email) + "*" : "an unnamed customer";
    }

    /** Only the name (or "a customer") for fallback texts, which show in notifications. */
    private String customerPlain() {
      String name = customerName();
      return name == null ? "a customer" : user(name);
    }

    private String firstName() {
      String name = customerName();
      if (name == null) {
        return "there";
      }
      return name.strip().split("\\s+")[0];
    }

    private String teammate() {
      if (view.teammateName() != null && !view.teammateName().isBlank()) {
        return view.teammateName();
      }
      if (context.teammateName() != null && !context.teammateName().isBlank()) {
        return context.teammateName();
      }
      return view.teammate() == null ? "no teammate" : view.teammate();
    }

    private String ownerLine() {
      return view.owner() == null ? "_nobody yet_" : mention(view.owner());
    }

    private String ownerPlain() {
      return view.owner() == null ? "Someone" : mention(view.owner());
    }

    private String ownerFallback() {
      return view.owner() == null ? "" : "; owner " + mention(view.owner());
    }

    private String stage() {
      return view.stage() == null ? "unknown" : view.stage().wireName().replace('_', ' ');
    }

    /** The specific issue, in the customer's words where there are any. */
    private String issue() {
      if (view.remark() != null && !view.remark().isBlank()) {
        return "“" + user(SlackText.truncate(oneLine(view.remark()), 300)) + "”";
      }
      if (context.subject() != null && !context.subject().isBlank()) {
        return "“" + user(SlackText.truncate(oneLine(context.subject()), 300)) + "”";
      }
      return "your recent conversation with us";
    }

    private String fixText() {
      return view.fix() == null || view.fix().isBlank()
          ? "the fix"
          : user(SlackText.truncate(oneLine(view.fix()), 500));
    }

    private String fallbackRemark() {
      String remark = view.remark();
      if (remark == null || remark.isBlank()) {
        return "";
      }
      return ": “" + user(SlackText.truncate(oneLine(remark), FALLBACK_REMARK)) + "”";
    }

    private String mentions() {
      List<String> ids = request.mentions() == null ? List.of() : request.mentions();
      return ids.stream().map(SlackText::mention).collect(Collectors.joining(" "));
    }

    private String prefixMentions() {
      String mentions = mentions();
      return mentions.isEmpty() ? "" : mentions + " ";
    }

    private static String missedWhat(String kind) {
      if (kind == null) {
        return "A deadline passed";
      }
      return switch (kind) {
        case Escalation.CLAIM_MISSED -> "Nobody claimed it in time";
        case Escalation.FOLLOW_UP_MISSED -> "The follow-up deadline passed without a follow-up";
        case Escalation.FIX_MISSED -> "The fix deadline passed without a fix";
        case Escalation.CHECK_IN_MISSED -> "The check-in deadline passed without a check-in";
        case Escalation.RATING_WORSENED -> "The customer lowered the rating";
        default -> "A deadline passed (" + escape(kind) + ")";
      };
    }

    private Deadlines deadlinesOrNone() {
      return view.deadlines() == null ? Deadlines.NONE : view.deadlines();
    }

    private String time(Instant instant) {
      return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    // -- blocks

    private ButtonElement button(String label, String actionId, String style) {
      return ButtonElement.builder()
          .text(BlockList.plain(label))
          .actionId(actionId)
          .value(view.caseId())
          .style(style)
          .build();
    }

    private static ButtonElement linkButton(String label, String actionId, String url) {
      return ButtonElement.builder()
          .text(BlockList.plain(label))
          .actionId(actionId)
          .url(url)
          .build();
    }

    private RenderedMessage done(String fallback) {
      String text =
          fallback == null || fallback.isBlank() ? "Rebound: case " + view.caseId() : fallback;
      return new RenderedMessage(SlackText.truncate(text, SlackText.SECTION_LIMIT), blocks.list());
    }

    private static String oneLine(String text) {
      return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text;
    }

    private static String duration(long seconds) {
      Duration d = Duration.ofSeconds(seconds);
      if (d.toHours() > 0) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
      }
      if (d.toMinutes() > 0) {
        return d.toMinutes() + " min";
      }
      return seconds + " s";
    }

    private static ZoneId zone(String timezone) {
      if (timezone == null || timezone.isBlank()) {
        return ZoneOffset.UTC;
      }
      try {
        return ZoneId.of(timezone);
      } catch (DateTimeException e) {
        return ZoneOffset.UTC;
      }
    }
  }
}
