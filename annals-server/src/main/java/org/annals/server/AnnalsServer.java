package org.annals.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.annals.AnnalsException;
import org.annals.ConfigException;

/**
 * The web server of {@code annals serve}: the JSON API under {@code /api}, the OpenAPI description
 * at {@code /openapi.json}, the page's assets under {@code /assets} and the page itself at every
 * view's URL. Read-only: any method other than GET and HEAD is refused.
 */
public final class AnnalsServer implements AutoCloseable {
  /** The URLs the page answers; each reproduces its view from the path and the query. */
  static final String[] PAGES = {
    "/", "/search", "/article/{id}", "/actor/{id}", "/event/{cluster}", "/network", "/timeline"
  };

  private final Javalin app;
  private final Stores stores;
  private final String url;

  private AnnalsServer(Javalin app, Stores stores, String url) {
    this.app = app;
    this.stores = stores;
    this.url = url;
  }

  /** Starts serving {@code db} on {@code bind}:{@code port} (0 for a free port). */
  public static AnnalsServer start(String db, String bind, int port) {
    Stores stores = new Stores(db);
    Guard guard = new Guard(bind);
    Api api = new Api(stores);
    String page = resource("web/index.html");
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.defaultContentType = "application/json";
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/assets";
                    sf.directory = "/org/annals/server/web/assets";
                    sf.location = Location.CLASSPATH;
                  });
              config.routes.before(guard::check);
              config.routes.after(Guard::headers);
              api.register(config.routes);
              for (String p : PAGES) {
                config.routes.get(p, ctx -> ctx.html(page));
              }
              Errors.register(config.routes);
            });
    guard.setPortSource(app::port);
    try {
      app.start(bind, port);
    } catch (RuntimeException e) {
      stores.close();
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new ConfigException(
          "cannot serve on " + bind + ":" + port + ": " + root.getMessage(), e);
    }
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    return new AnnalsServer(app, stores, "http://" + host + ":" + app.port() + "/");
  }

  /** The address to open in a browser. */
  public String url() {
    return url;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    stores.close();
  }

  @Override
  public void close() {
    stop();
  }

  static String resource(String name) {
    try (InputStream in = AnnalsServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AnnalsException(
            "the web page is missing from the build ("
                + name
                + "): build annals-server with Maven, which runs npm");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AnnalsException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
