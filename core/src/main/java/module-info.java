/**
 * Rapport core: identifiers, channels, priorities, the ticket timeline and the business-hours
 * calendar that every other Rapport module builds on.
 */
module dev.rapport.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.core;
  exports dev.rapport.core.ticket;
  exports dev.rapport.core.json;

  provides com.fasterxml.jackson.databind.Module with
      dev.rapport.core.json.RapportCoreModule;
}
