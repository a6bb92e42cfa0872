/**
 * Survey responses and their scores, with honest statistics.
 *
 * <p>Entry points: {@link dev.rapport.feedback.SurveyResponse} (built with {@code builder}) on a
 * {@link dev.rapport.feedback.SurveyScale}; the mergeable summaries {@link
 * dev.rapport.feedback.NpsSummary}, {@link dev.rapport.feedback.CsatSummary}, {@link
 * dev.rapport.feedback.CesSummary} and {@link dev.rapport.feedback.RatingSummary} (all {@link
 * dev.rapport.feedback.ScoreSummary}); {@link dev.rapport.feedback.FeedbackCube} with its {@link
 * dev.rapport.feedback.CubeSpec}, grouping answers by segment, channel and calendar {@link
 * dev.rapport.feedback.Bucket}; {@link dev.rapport.feedback.Trend} for significant changes; {@link
 * dev.rapport.feedback.TimeDecay} for time-decayed scores; {@link dev.rapport.feedback.Rounding}
 * for display.
 *
 * <p>Statistics live in {@code dev.rapport.feedback.stats}, the closed loop (follow-up tasks,
 * survey throttling) in {@code dev.rapport.feedback.loop}, comment sentiment and themes in {@code
 * dev.rapport.feedback.text}, JSON in {@code dev.rapport.feedback.json}.
 */
package dev.rapport.feedback;
