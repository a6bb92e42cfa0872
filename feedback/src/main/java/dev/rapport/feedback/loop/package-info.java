/**
 * The closed loop: {@link dev.rapport.feedback.loop.FollowUpPolicy} turns NPS answers into {@link
 * dev.rapport.feedback.loop.FollowUpTask}s due within business hours on a {@code BusinessCalendar};
 * {@link dev.rapport.feedback.loop.SurveyThrottle} decides from a {@link
 * dev.rapport.feedback.loop.ContactHistory} whether a survey may be sent ({@link
 * dev.rapport.feedback.loop.ThrottleDecision}), with deterministic sampling by hash.
 */
package dev.rapport.feedback.loop;
