package org.annals.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.annals.AnnalsException;

/** Every error is answered as JSON {@code {"status": N, "error": "one line"}}, never a trace. */
final class Errors {
  private static final Logger LOG = Logger.getLogger(Errors.class.getName());

  /** Set on a request whose error this class already answered. */
  private static final String SENT = "annals.error.sent";

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> send(ctx, e.status, e.getMessage()));
    routes.exception(
        AnnalsException.class,
        (e, ctx) -> {
          LOG.log(Level.WARNING, "request " + ctx.path() + " failed", e);
          send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(Level.WARNING, "request " + ctx.path() + " failed", e);
          send(
              ctx,
              HttpStatus.INTERNAL_SERVER_ERROR,
              "internal error: " + e.getClass().getSimpleName());
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(SENT) == null) {
            send(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
          }
        });
  }

  static void send(Context ctx, HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getCode());
    body.put("error", message == null ? status.getMessage() : message);
    ctx.attribute(SENT, Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(Json.write(body));
    Guard.headers(ctx);
  }
}
