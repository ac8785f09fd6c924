package org.annals.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per pipeline step (a stage, or a step inside one such as "nlp/ner"), summed over all
 * threads since the JVM started or the last {@link #reset}: what {@code annals bench} prints, so
 * that the next profile starts from numbers. Thread-safe; recording costs two clock reads.
 */
public final class StepTimes {
  private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
  private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  private StepTimes() {}

  /** Adds {@code nanos} spent in {@code step}. */
  public static void add(String step, long nanos) {
    NANOS.computeIfAbsent(step, k -> new LongAdder()).add(nanos);
    CALLS.computeIfAbsent(step, k -> new LongAdder()).increment();
  }

  /** Counts {@code n} more of a thing (sentences tagged, sentences parsed). */
  public static void count(String what, long n) {
    COUNTS.computeIfAbsent(what, k -> new LongAdder()).add(n);
  }

  /** The counts so far, by name. */
  public static Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    COUNTS.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Nanoseconds per step so far, by step name. */
  public static Map<String, Long> nanos() {
    Map<String, Long> out = new TreeMap<>();
    NANOS.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Calls per step so far, by step name. */
  public static Map<String, Long> calls() {
    Map<String, Long> out = new TreeMap<>();
    CALLS.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Forgets what was recorded (between bench rounds). */
  public static void reset() {
    NANOS.clear();
    CALLS.clear();
    COUNTS.clear();
  }
}
