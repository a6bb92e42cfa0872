/**
 * Rapport core: identifiers, channels, priorities, the ticket timeline and the business-hours
 * calendar that every other Rapport module builds on.
 */
// "module": javac cannot see the targets of the qualified exports below while it compiles core.
@SuppressWarnings("module")
module dev.rapport.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.core;
  exports dev.rapport.core.ticket;
  exports dev.rapport.core.time;
  exports dev.rapport.core.json;
  // Not APIs: business-time arithmetic and timeline columns on plain numbers for the SLA engine's
  // hot path, and the strict JSON reader that Rapport's JSON modules share.
  exports dev.rapport.core.time.internal to
      dev.rapport.sla;
  exports dev.rapport.core.ticket.internal to
      dev.rapport.sla;
  exports dev.rapport.core.json.internal to
      dev.rapport.sla,
      dev.rapport.loyalty,
      dev.rapport.feedback;
  // No "provides com.fasterxml.jackson.databind.Module": with Jackson optional, a provides clause
  // makes the boot layer fail to resolve ("does not read a module that exports
  // com.fasterxml.jackson.databind") for every module-path user without Jackson. The module is
  // found through META-INF/services on the class path; on the module path, register it by hand.
}
