package org.annals.cli;

/**
 * A command that a module beside the command line adds to it ({@code annals serve} from
 * annals-server), found with {@link java.util.ServiceLoader} so that the command line depends on no
 * such module. The command's class is a picocli {@code @Command}; it reaches the shared options
 * (such as {@code --db}) through {@link #database}.
 */
public interface CommandExtension {
  /** A new instance of the picocli command object. */
  Object command();

  /** The database the user named with {@code --db}, for a command given its root. */
  static String database(Object root) {
    return ((AnnalsCommand) root).db;
  }
}
