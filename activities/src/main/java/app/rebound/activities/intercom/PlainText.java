package app.rebound.activities.intercom;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Intercom's HTML bodies as plain text: entities decoded, one line per paragraph or break. */
final class PlainText {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  private PlainText() {}

  /** The text of {@code html}, or null when it has none. */
  static String of(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    Jsoup.parseBodyFragment(html).body().traverse(new LineCollector(out));
    String text =
        out.toString()
            .lines()
            .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
            .filter(line -> !line.isEmpty())
            .collect(Collectors.joining("\n"));
    return text.isEmpty() ? null : text;
  }

  private static final class LineCollector implements NodeVisitor {
    private final StringBuilder out;

    LineCollector(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.text());
      } else if (node instanceof Element element && element.normalName().equals("br")) {
        out.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock()) {
        out.append('\n');
      }
    }
  }
}
