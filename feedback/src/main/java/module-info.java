/** Rapport feedback: survey responses, NPS/CSAT/CES scoring with statistics, closed loop. */
module dev.rapport.feedback {
  requires transitive dev.rapport.core;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

}
