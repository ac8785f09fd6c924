package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Span;

/**
 * A quotation that goes on after its reporting clause, in its paragraph or the next ones, stays
 * with the attribution it continues (rule suffix {@code +resumed}).
 */
final class ResumedQuotations {
  /**
   * "“A,” he said. “B.”": a quotation that goes on right after its reporting clause (in its
   * paragraph or opening the next), with no other attribution between or on it, is the same
   * speaker's; so is one that follows reported words at once ("X said that A. “B.”"). The content
   * then runs over both parts; the cue and speaker inside it say where the narrator spoke.
   */
  static List<Quote> resume(String text, List<Quote> quotes, List<Span> quoted) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int n = 0; n < out.size(); n++) {
      Quote q = out.get(n);
      boolean before = q.content().end() <= q.cue().start(); // "“A,” he said." / "A, he said."
      if (!before && q.content().start() < q.cue().end()) {
        continue;
      }
      // words before the clause go on after it; words after the cue go on right after themselves;
      // and a quotation that goes on so, paragraph after paragraph, is still the same speaker's
      while (true) {
        int tail =
            before
                ? Math.max(q.cue().end(), q.speaker() == null ? 0 : q.speaker().end())
                : q.content().end();
        Span next = null;
        for (Span p : quoted) {
          if (p.start() >= tail) {
            next = p;
            break;
          }
        }
        if (next == null) {
          break;
        }
        String between = text.substring(tail, next.start());
        boolean joins =
            before
                ? between.length() <= 160 && between.matches("(?U)[^\n“”\"]*[,.:;]\\s*")
                : between.matches("(?U)[”\"'.!?]*\\s*");
        boolean claimed = false;
        for (Quote o : out) {
          claimed |= o != q && o.content().start() < next.end() && tail < o.content().end();
        }
        if (!joins || claimed) {
          break;
        }
        q = q.resumedTo(next.end());
        out.set(n, q);
        before = false;
      }
    }
    return out;
  }
}
