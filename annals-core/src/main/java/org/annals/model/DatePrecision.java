package org.annals.model;

/** How precisely a date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  /** The lower-case name used in records. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
