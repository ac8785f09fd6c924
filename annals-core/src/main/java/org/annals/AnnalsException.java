package org.annals;

/** Root of the project's unchecked exceptions; every instance carries its cause when it has one. */
public class AnnalsException extends RuntimeException {
  public AnnalsException(String message) {
    super(message);
  }

  public AnnalsException(String message, Throwable cause) {
    super(message, cause);
  }
}
