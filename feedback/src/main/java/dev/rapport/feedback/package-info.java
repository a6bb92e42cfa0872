/** Survey responses and their scores: NPS, CSAT, CES and ratings, with honest statistics. */
package dev.rapport.feedback;
