package dev.rapport.feedback;

/** What a survey question measures. Thread-safe (an enum). */
public enum SurveyKind {
  /** Net Promoter Score: likelihood to recommend, 0 to 10. */
  NPS,
  /** Customer satisfaction on a declared scale with a declared "satisfied" cut. */
  CSAT,
  /** Customer effort ("it was easy to ...", agree/disagree) with a declared "agree" cut. */
  CES,
  /** A star rating, 1 to 5. */
  STARS
}
