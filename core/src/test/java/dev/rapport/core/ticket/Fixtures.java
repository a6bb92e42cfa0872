package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Shared values for the ticket tests: instants on 2026-11-23 (UTC) and a few ids. */
final class Fixtures {
  static final TicketId TICKET = TicketId.of("T-1");
  static final TicketId OTHER_TICKET = TicketId.of("T-2");
  static final CustomerId CUSTOMER = CustomerId.of("C-1");
  static final AgentId ANA = AgentId.of("ana");
  static final AgentId BEN = AgentId.of("ben");
  static final TeamId SUPPORT = TeamId.of("support");

  private Fixtures() {}

  /** Returns 2026-11-23 at {@code hhmm} UTC, for example {@code at("09:30")}. */
  static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  /** Returns the next day, 2026-11-24, at {@code hhmm} UTC. */
  static Instant nextDay(String hhmm) {
    return Instant.parse("2026-11-24T" + hhmm + ":00Z");
  }

  /** Returns T-1 created at 09:00 by email, NORMAL, tagged "billing", in segment "enterprise". */
  static TicketCreated created() {
    return new TicketCreated(
        at("09:00"),
        TICKET,
        CUSTOMER,
        Channel.EMAIL,
        Priority.NORMAL,
        Set.of("billing"),
        Optional.of("enterprise"));
  }
}
