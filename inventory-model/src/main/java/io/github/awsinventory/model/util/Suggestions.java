package io.github.awsinventory.model.util;

import java.util.Locale;

/**
 * "Did you mean" hints for error messages about names read from a file (regions, resource types, keys): the
 * nearest known name by edit distance. The accounts config and the price file parsers use it; so may an
 * embedder's own.
 *
 * <pre>{@code
 * Suggestions.didYouMean("us-est-1", List.of("us-east-1", "eu-west-1"));   // "did you mean us-east-1? "
 * }</pre>
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The nearest candidate, ignoring case, if it is close enough to be a likely typo.
   *
   * @param given what the file says
   * @param candidates the names it may say
   * @return {@code "did you mean <candidate>? "}, or an empty string
   */
  public static String didYouMean(String given, Iterable<String> candidates) {
    String lower = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 4) ? "did you mean " + best + "? " : "";
  }

  /** The Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
