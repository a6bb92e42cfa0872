/** Rapport feedback: survey responses, NPS/CSAT/CES scoring with statistics, closed loop. */
module dev.rapport.feedback {
  requires transitive dev.rapport.core;
  requires transitive com.google.common;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.feedback;
  exports dev.rapport.feedback.stats;
  exports dev.rapport.feedback.loop;
  exports dev.rapport.feedback.text;
  exports dev.rapport.feedback.json;
}
