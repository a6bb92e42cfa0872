package dev.rapport.feedback;

/**
 * Methods for the confidence interval of an NPS. Thread-safe (an enum).
 *
 * <p>Both treat an answer as +1 (promoter), 0 (passive) or -1 (detractor), whose mean is the NPS as
 * a fraction and whose variance is {@code (P + D) - (P - D)^2} for shares P and D.
 */
public enum NpsIntervalMethod {
  /** NPS +- z * sqrt(variance / n). Degenerate (zero width) when all answers agree. */
  WALD,
  /**
   * Adjusted Wald (Sauro and Lewis): add 3 pseudo-responses, 0.75 promoters, 0.75 detractors and
   * 1.5 passives, then Wald around the adjusted score. Better coverage for small samples; its
   * interval is centred on the adjusted score, so for very small samples it may exclude the raw
   * score (one promoter alone gives about [-48, 98]).
   */
  ADJUSTED_WALD
}
