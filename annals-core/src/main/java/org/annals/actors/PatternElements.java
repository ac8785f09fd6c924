package org.annals.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the words of a PETRARCH pattern into its elements: a word or marker, or a whole {@code
 * {...}} or {@code (...)} group (groups nest: "(OVER {&WEAPON ATTACK})"). Stateless.
 */
public final class PatternElements {
  private PatternElements() {}

  /** The elements of {@code text} in order, or null when its brackets do not balance. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder stack = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '{' || c == '(') {
        stack.append(c == '{' ? '}' : ')');
      } else if (c == '}' || c == ')') {
        if (stack.isEmpty() || stack.charAt(stack.length() - 1) != c) {
          return null;
        }
        stack.setLength(stack.length() - 1);
      }
      if (Character.isWhitespace(c) && stack.isEmpty()) {
        flush(current, out);
      } else {
        current.append(c);
      }
      if ((c == '}' || c == ')') && stack.isEmpty()) {
        flush(current, out); // "(TO)+" is two elements
      }
    }
    if (!stack.isEmpty()) {
      return null;
    }
    flush(current, out);
    return out;
  }

  /** The elements inside a group's brackets. */
  public static List<String> inside(String group) {
    return split(group.substring(1, group.length() - 1));
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (!current.isEmpty()) {
      out.add(current.toString());
      current.setLength(0);
    }
  }
}
