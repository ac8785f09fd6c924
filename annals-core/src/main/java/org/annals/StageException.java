package org.annals;

/** A pipeline stage failed on one document; the run records it and goes on. */
public class StageException extends AnnalsException {
  private final String stage;
  private final String documentId;

  public StageException(String stage, String documentId, String message, Throwable cause) {
    super(stage + " failed on " + documentId + ": " + message, cause);
    this.stage = stage;
    this.documentId = documentId;
  }

  public String stage() {
    return stage;
  }

  public String documentId() {
    return documentId;
  }
}
