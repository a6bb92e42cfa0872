package dev.rapport.examples.desk;

import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.FeedbackCube;
import dev.rapport.feedback.NpsSummary;
import java.util.Objects;

/**
 * The surveys of the period: how many were sent, held back by the throttle and answered, the
 * detractor follow-ups, and the answers as {@link FeedbackCube}s by customer segment, channel and
 * ISO week (UTC). Immutable and thread-safe.
 *
 * @param sent surveys sent
 * @param throttled surveys not sent because the customer had one recently
 * @param notSampled surveys not sent because the customer is outside the throttle's sample
 * @param answered surveys answered (each with an NPS and a CSAT score)
 * @param followUps detractor follow-ups opened
 * @param followUpsOnTime follow-ups done within their business-hours target
 * @param goodwillCredits goodwill credits written to members' ledgers after a follow-up
 * @param nps the NPS answers
 * @param csat the CSAT answers (1 to 5, satisfied from 4)
 */
public record SurveyTotals(
    long sent,
    long throttled,
    long notSampled,
    long answered,
    long followUps,
    long followUpsOnTime,
    long goodwillCredits,
    FeedbackCube<String, NpsSummary> nps,
    FeedbackCube<String, CsatSummary> csat) {

  /** Checks the cubes are present. */
  public SurveyTotals {
    Objects.requireNonNull(nps, "nps");
    Objects.requireNonNull(csat, "csat");
  }
}
