/**
 * JSON support for Rapport feedback with Jackson: {@link
 * dev.rapport.feedback.json.RapportFeedbackModule}, which describes the format. Jackson is an
 * optional dependency; this package is the only one that uses it.
 */
package dev.rapport.feedback.json;
