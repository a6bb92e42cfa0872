/** Rapport SLA: SLA policies and clocks on business-hours calendars, and escalation. */
module dev.rapport.sla {
  requires transitive dev.rapport.core;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.sla;
  exports dev.rapport.sla.json;
  exports dev.rapport.sla.escalation;
  // No "provides com.fasterxml.jackson.databind.Module": Jackson is optional (see core's
  // module-info); RapportSlaModule is found through META-INF/services on the class path.
}
