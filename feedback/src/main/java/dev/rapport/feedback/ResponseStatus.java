package dev.rapport.feedback;

/**
 * Whether a survey was answered. Skipped and dismissed surveys are kept as records (a response rate
 * needs them) but never enter a score's denominator. Thread-safe (an enum).
 */
public enum ResponseStatus {
  /** The customer gave a value on the scale. */
  ANSWERED,
  /** The customer opened the survey and skipped the question. */
  SKIPPED,
  /** The customer closed or dismissed the survey without answering. */
  DISMISSED
}
