package org.annals.server;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.ConfigException;
import org.annals.cli.CommandExtension;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store as a web page and a read-only JSON API: search, actor, event, article,"
          + " network and timeline pages, each with a URL that reproduces it.",
      "",
      "Binds 127.0.0.1 (this machine only) unless --bind says otherwise. Stop it with Ctrl-C.",
      "",
      "Examples:",
      "  annals --db demo.db serve                 then open http://127.0.0.1:8080/",
      "  annals --db demo.db serve --port 9000",
      "  annals --db demo.db serve --bind 0.0.0.0  (every network this machine is on: anyone who"
          + " reaches it reads the store)",
      "",
      "The API is described at /openapi.json; every list takes limit (default 50, at most 1000)"
          + " and offset."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Object root;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String db = CommandExtension.database(root);
    if (port < 0 || port > 65535) {
      throw new ConfigException("--port must be between 0 and 65535, not " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ConfigException("--bind " + bind + ": no such address on this machine");
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "annals: warning: serving on "
              + bind
              + ", not this machine only: anyone who can reach it can read the whole store");
    }
    // open once before serving, so a wrong path or an old schema is said here, not per request
    ArticleStore.open(db).close();
    AnnalsServer server = AnnalsServer.start(db, bind, port);
    out.println("Serving " + ArticleStore.shown(db) + " at " + server.url() + "  (Ctrl-C to stop)");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }
}
