package org.annals.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What every request passes before it is answered, and what every answer carries. A request whose
 * Host header names another host than the one served is refused (a page on another site that makes
 * its own name resolve to this machine, DNS rebinding, reads nothing); so is any method but GET and
 * HEAD: the server only reads.
 */
final class Guard {
  /** No inline script or style, nothing from elsewhere, no framing, no plugins. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  private final Set<String> hosts;
  private IntSupplier port = () -> -1;

  Guard(String bind) {
    this.hosts = hostNames(bind);
  }

  void setPortSource(IntSupplier port) {
    this.port = port;
  }

  void check(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new ApiError(HttpStatus.METHOD_NOT_ALLOWED, "the Annals server is read-only");
    }
    String host = ctx.header("Host");
    if (host == null || !allowed(host)) {
      throw new ApiError(
          HttpStatus.FORBIDDEN,
          "this server answers only requests addressed to the host it serves; open it by its"
              + " address (Host was "
              + (host == null ? "missing" : "'" + host + "'")
              + ")");
    }
  }

  boolean allowed(String hostHeader) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    String name = h;
    int p = -1;
    int colon = h.lastIndexOf(':');
    if (colon > 0 && colon > h.lastIndexOf(']')) {
      name = h.substring(0, colon);
      try {
        p = Integer.parseInt(h.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    int served = port.getAsInt();
    boolean portOk = p == served || (p == -1 && served == 80);
    return portOk && hosts.contains(name);
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * The names a request may address: the bound address, and for loopback or any, the local ones.
   */
  private static Set<String> hostNames(String bind) {
    Set<String> out = new HashSet<>();
    out.add(bracket(bind.toLowerCase(Locale.ROOT)));
    InetAddress a;
    try {
      a = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      return out;
    }
    out.add(bracket(a.getHostAddress().toLowerCase(Locale.ROOT)));
    if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
      out.add("localhost");
      out.add("127.0.0.1");
      out.add("[::1]");
    }
    if (a.isAnyLocalAddress()) {
      try {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress ia : Collections.list(ni.getInetAddresses())) {
            String s = ia.getHostAddress();
            int zone = s.indexOf('%');
            out.add(bracket((zone < 0 ? s : s.substring(0, zone)).toLowerCase(Locale.ROOT)));
          }
        }
        out.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
      } catch (SocketException | UnknownHostException e) {
        // the loopback names above still work
      }
    }
    return out;
  }

  private static String bracket(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
