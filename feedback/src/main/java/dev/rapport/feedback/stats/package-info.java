/**
 * Statistics for survey scores: {@link dev.rapport.feedback.stats.StandardNormal} (CDF and
 * quantiles), {@link dev.rapport.feedback.stats.ProportionMethod} (Wald, Wilson, Agresti-Coull and
 * Jeffreys intervals), {@link dev.rapport.feedback.stats.Comparison} (z tests of a change, pooled
 * for proportions), {@link dev.rapport.feedback.stats.SampleSize}, and the {@link
 * dev.rapport.feedback.stats.Interval} they return. Everything here is a pure function of its
 * arguments; "insufficient data" is an empty {@code Optional}, never a zero.
 */
package dev.rapport.feedback.stats;
