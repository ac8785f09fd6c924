package org.annals;

/** A configuration, option or resource that is wrong; the message says which and why. */
public class ConfigException extends AnnalsException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
