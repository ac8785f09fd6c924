package org.annals.model;

/** How an article's raw text is to be read. */
public enum InputFormat {
  TEXT,
  HTML
}
