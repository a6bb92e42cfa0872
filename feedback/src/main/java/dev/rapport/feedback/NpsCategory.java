package dev.rapport.feedback;

/** The NPS group of an answer from 0 to 10. Thread-safe (an enum). */
public enum NpsCategory {
  /** 0 to 6. */
  DETRACTOR,
  /** 7 or 8. */
  PASSIVE,
  /** 9 or 10. */
  PROMOTER;

  /**
   * Returns the group of {@code value}.
   *
   * @throws IllegalArgumentException unless 0 &lt;= value &lt;= 10
   */
  public static NpsCategory of(int value) {
    SurveyScale.nps().check(value);
    return value >= 9 ? PROMOTER : value >= 7 ? PASSIVE : DETRACTOR;
  }
}
