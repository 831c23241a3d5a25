package app.rebound.api.cli;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.core.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the launcher's commands report a failure: a problem the person can fix (a missing variable, a
 * bad playbook value, a file that is not there) as one line naming it; anything else with its stack
 * trace, since then it is a bug to report.
 */
final class CommandErrors {
  private static final Logger log = LoggerFactory.getLogger(CommandErrors.class);

  private CommandErrors() {}

  static void report(Cli cli, String command, Throwable failure) {
    PrintWriter err = cli.getStdErr();
    if (isUsersToFix(failure)) {
      err.println("rebound " + command + ": " + describe(failure));
    } else {
      log.error("rebound {} failed unexpectedly; please report this", command, failure);
    }
  }

  private static boolean isUsersToFix(Throwable failure) {
    return failure instanceof IllegalStateException
        || failure instanceof IllegalArgumentException
        || failure instanceof ConfigurationException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException
        || failure.getClass().getSimpleName().startsWith("UnableTo")
        || failure.getClass().getSimpleName().startsWith("Invalid");
  }

  /** The message and the causes' messages that add something, innermost last. */
  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !text.toString().contains(message)) {
        text.append(" (").append(message).append(')');
      }
    }
    if (failure.getMessage() == null) {
      text.insert(0, failure.getClass().getSimpleName() + ": ");
    }
    return text.toString();
  }
}
