package org.annals.server;

import io.javalin.http.HttpStatus;

/** A request that cannot be answered, with the status and the one-line reason sent as JSON. */
final class ApiError extends RuntimeException {
  final HttpStatus status;

  ApiError(HttpStatus status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
