package org.annals;

/** An input (file, line, record) that cannot be read or understood; names the input. */
public class InputException extends AnnalsException {
  private final String input;

  public InputException(String input, String message) {
    super(input + ": " + message);
    this.input = input;
  }

  public InputException(String input, String message, Throwable cause) {
    super(input + ": " + message, cause);
    this.input = input;
  }

  /** The input's name as the user gave it (path, or path#line). */
  public String input() {
    return input;
  }

  /** The reason alone, without the input's name. */
  public String reason() {
    return getMessage().substring(input.length() + 2);
  }
}
