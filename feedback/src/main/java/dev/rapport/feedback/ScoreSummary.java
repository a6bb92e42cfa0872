package dev.rapport.feedback;

/**
 * A mergeable summary of survey answers: an integer histogram with an empty value and an
 * associative, commutative {@link #merge}, so the same code runs in one thread, in a parallel
 * stream or partitioned across a stream processor. Skipped and dismissed responses never change a
 * summary. Implementations are immutable and thread-safe.
 *
 * @param <S> the summary type itself
 */
public sealed interface ScoreSummary<S extends ScoreSummary<S>>
    permits NpsSummary, CsatSummary, CesSummary, RatingSummary {

  /** Returns the number of answers summarised (the denominator of every share). */
  long count();

  /** Returns whether there are no answers (every estimate is then "insufficient data"). */
  default boolean isEmpty() {
    return count() == 0;
  }

  /**
   * Returns this summary with {@code response} added if it was answered; unchanged if it was
   * skipped or dismissed.
   *
   * @throws IllegalArgumentException if the response is on a scale this summary does not take
   */
  S add(SurveyResponse response);

  /**
   * Returns the summary of both summaries' answers.
   *
   * @throws IllegalArgumentException if the two are on different scales
   * @throws ArithmeticException if a count overflows
   */
  S merge(S other);
}
