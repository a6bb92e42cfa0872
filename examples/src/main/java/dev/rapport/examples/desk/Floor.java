package dev.rapport.examples.desk;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.BreachSchedule;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.SlaDeadline;
import dev.rapport.sla.SlaReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * The support floor: tickets, the three teams' queues and agents, and the SLA clocks. Agents work
 * their queue in order of SLA due time; every change to a ticket is appended to its {@link
 * TicketTimeline}, evaluated by the {@code SlaEngine} and put in the {@link BreachSchedule}, whose
 * due warnings and breaches the simulation hands to {@link #onDeadline}. Not thread-safe.
 */
final class Floor {
  private static final Duration AUTO_SOLVE_AFTER = Duration.ofDays(3);
  private static final Duration CLOSE_AFTER = Duration.ofDays(4);

  /** An agent: a shift calendar, and whether a ticket has their hands full. */
  static final class Agent {
    final AgentId id;
    final Team team;
    final BusinessCalendar shift;
    boolean busy;

    Agent(AgentId id, Team team, BusinessCalendar shift) {
      this.id = id;
      this.team = team;
      this.shift = shift;
    }
  }

  private static final class Queue {
    final PriorityQueue<Ticket> tickets =
        new PriorityQueue<>(
            Comparator.comparingLong((Ticket t) -> t.dueKey)
                .thenComparingLong(t -> t.queueSequence));
    final List<Agent> agents = new ArrayList<>();
    Instant wakeAt;
    int next;
  }

  private final DeskSetup setup;
  private final Events events;
  private final RandomGenerator random;
  private final BreachSchedule schedule = BreachSchedule.create();
  private final Map<Team, Queue> queues = new EnumMap<>(Team.class);
  private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
  private final Alerts alerts;
  private final Escalations escalations;
  private BiConsumer<Ticket, Instant> solvedListener = (ticket, at) -> {};
  private long queueSequence;

  Floor(
      DeskSetup setup,
      Events events,
      RandomGenerator random,
      Alerts alerts,
      Escalations escalations) {
    this.setup = setup;
    this.escalations = escalations;
    this.events = events;
    this.random = random;
    this.alerts = alerts;
    for (Team team : Team.values()) {
      queues.put(team, new Queue());
    }
  }

  /** Sets what happens when a ticket is solved (surveys, refunds). */
  void onSolved(BiConsumer<Ticket, Instant> listener) {
    this.solvedListener = listener;
  }

  /** Staffs {@code team} with {@code count} agents on {@code shift}. */
  void staff(Team team, String shiftName, int count, BusinessCalendar shift) {
    Queue queue = queues.get(team);
    for (int i = 0; i < count; i++) {
      AgentId id =
          AgentId.of(String.format(Locale.ROOT, "%s-%s-%02d", team.tag(), shiftName, i + 1));
      queue.agents.add(new Agent(id, team, shift));
    }
  }

  /** Returns the UTC shift calendar of a chat shift from {@code start} to {@code end}. */
  static BusinessCalendar chatShift(LocalTime start, LocalTime end) {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), start, end)
        .build();
  }

  List<Agent> agents(Team team) {
    return queues.get(team).agents;
  }

  BreachSchedule schedule() {
    return schedule;
  }

  Map<TicketId, Ticket> tickets() {
    return tickets;
  }

  /** A customer opens a ticket. */
  Ticket create(
      Instant at,
      Customer customer,
      Channel channel,
      Priority priority,
      String topic,
      Optional<LoyaltyDesk.Order> order) {
    Team team = channel == Channel.CHAT ? Team.CHAT : customer.region();
    TicketId id = TicketId.of(String.format(Locale.ROOT, "T-%07d", tickets.size() + 1));
    TicketCreated created =
        new TicketCreated(
            at,
            id,
            customer.id(),
            channel,
            priority,
            Set.of(team.tag(), topic),
            Optional.of(customer.segment()));
    Ticket ticket =
        new Ticket(
            TicketTimeline.of(created).append(Assigned.toTeam(at, team.id())),
            customer,
            team,
            topic,
            order);
    tickets.put(id, ticket);
    evaluate(ticket, at);
    enqueue(ticket, at);
    return ticket;
  }

  private void enqueue(Ticket ticket, Instant now) {
    ticket.dueKey = dueKey(setup.engine.evaluate(ticket.timeline, now), now);
    ticket.queueSequence = queueSequence++;
    queues.get(ticket.team).tickets.add(ticket);
    dispatch(ticket.team, now);
  }

  /** The instant the ticket's running response (else resolution) clock falls due. */
  private static long dueKey(SlaReport report, Instant now) {
    long response = Long.MAX_VALUE;
    long resolution = Long.MAX_VALUE;
    for (Measurement m : report.measurements()) {
      // A running clock is due at its due instant; a breached one still open was due at its breach
      // (the most urgent of all). Paused and finished measurements do not order the queue.
      boolean counts =
          m.state() == MeasurementState.RUNNING
              || (m.state() == MeasurementState.BREACHED && m.isOpen());
      if (counts) {
        long due = m.dueAt().orElseThrow().getEpochSecond();
        if (m.metric().isResponse()) {
          response = Math.min(response, due);
        } else {
          resolution = Math.min(resolution, due);
        }
      }
    }
    if (response != Long.MAX_VALUE) {
      return response;
    }
    return resolution != Long.MAX_VALUE
        ? resolution
        : now.plus(Duration.ofDays(1)).getEpochSecond();
  }

  private void dispatch(Team team, Instant now) {
    Queue queue = queues.get(team);
    while (!queue.tickets.isEmpty()) {
      Agent agent = freeAgent(queue, now);
      if (agent == null) {
        break;
      }
      Ticket ticket = queue.tickets.poll();
      startWork(agent, ticket, now);
    }
    if (!queue.tickets.isEmpty()) {
      Instant wake = null;
      for (Agent agent : queue.agents) {
        if (!agent.busy) {
          Instant open = agent.shift.nextOpen(now);
          wake = wake == null || open.isBefore(wake) ? open : wake;
        }
      }
      if (wake != null
          && wake.isAfter(now)
          && (queue.wakeAt == null || !queue.wakeAt.isAfter(now) || wake.isBefore(queue.wakeAt))) {
        Instant at = wake;
        queue.wakeAt = at;
        events.at(at, () -> dispatch(team, at));
      }
    }
  }

  private static Agent freeAgent(Queue queue, Instant now) {
    int n = queue.agents.size();
    for (int i = 0; i < n; i++) {
      Agent agent = queue.agents.get((queue.next + i) % n);
      if (!agent.busy && agent.shift.isOpen(now)) {
        queue.next = (queue.next + i + 1) % n;
        return agent;
      }
    }
    return null;
  }

  private void startWork(Agent agent, Ticket ticket, Instant now) {
    agent.busy = true;
    if (ticket.agent.isEmpty() || !ticket.agent.get().equals(agent.id)) {
      ticket.append(Assigned.to(now, agent.id, ticket.team.id()));
      ticket.agent = Optional.of(agent.id);
      ticket.involved.add(agent.id);
    }
    if (ticket.status() == TicketStatus.NEW) {
      ticket.append(new StatusChanged(now, TicketStatus.OPEN));
      ticket.generation++;
    }
    Duration work = Rand.logNormal(random, handlingTime(ticket), 0.45);
    Instant done = now.plus(work);
    events.at(done, () -> finishWork(agent, ticket, done));
  }

  private static Duration handlingTime(Ticket ticket) {
    long minutes;
    switch (ticket.channel) {
      case CHAT:
        minutes = 6;
        break;
      case PHONE:
        minutes = 10;
        break;
      case SOCIAL:
        minutes = 8;
        break;
      default:
        minutes = 13;
    }
    if (ticket.topic.equals("technical") || ticket.topic.equals("payments")) {
      minutes = minutes * 3 / 2;
    }
    return Duration.ofMinutes(minutes);
  }

  private void finishWork(Agent agent, Ticket ticket, Instant now) {
    agent.busy = false;
    ticket.interactions++;
    ticket.append(AgentReply.publicReply(now, agent.id));
    boolean chat = ticket.channel == Channel.CHAT;
    double solve =
        ticket.interactions == 1 ? (chat ? 0.62 : 0.38) : ticket.interactions == 2 ? 0.6 : 0.85;
    double rest = 1 - solve;
    int outcome = Rand.pick(random, solve, rest * 0.78, chat ? 0 : rest * 0.08, rest * 0.14);
    switch (outcome) {
      case 0:
        solve(ticket, now);
        break;
      case 1:
        waitForCustomer(ticket, now);
        break;
      case 2:
        hold(ticket, now);
        break;
      default:
        Instant back = now.plus(Rand.logNormal(random, Duration.ofMinutes(chat ? 5 : 90), 0.6));
        ifUnchanged(ticket, back, TicketStatus.OPEN, () -> enqueue(ticket, back));
        evaluate(ticket, now);
    }
    dispatch(agent.team, now);
  }

  /**
   * Runs {@code action} at {@code at} if by then the ticket has not changed status since now, and
   * is in {@code status}: a delayed reply or timeout must not act on a ticket that moved on.
   */
  private void ifUnchanged(Ticket ticket, Instant at, TicketStatus status, Runnable action) {
    int generation = ticket.generation;
    events.at(
        at,
        () -> {
          if (ticket.generation == generation && ticket.status() == status) {
            action.run();
          }
        });
  }

  /** Moves the ticket to {@code status} at {@code at} and evaluates it. */
  private void change(Ticket ticket, Instant at, TicketStatus status) {
    ticket.append(new StatusChanged(at, status));
    ticket.generation++;
    evaluate(ticket, at);
  }

  private void solve(Ticket ticket, Instant now) {
    change(ticket, now, TicketStatus.SOLVED);
    solvedListener.accept(ticket, now);
    SlaReport report = setup.engine.evaluate(ticket.timeline, now);
    double reopen = 0.05 + (report.isBreached() ? 0.07 : 0) + (ticket.reopens > 0 ? -0.03 : 0);
    if (Rand.chance(random, reopen)) {
      Instant back = now.plus(Rand.logNormal(random, Duration.ofHours(18), 0.9));
      ifUnchanged(
          ticket,
          back,
          TicketStatus.SOLVED,
          () -> {
            ticket.append(new CustomerMessage(back));
            ticket.append(new Reopened(back));
            ticket.generation++;
            ticket.reopens++;
            evaluate(ticket, back);
            enqueue(ticket, back);
          });
    }
    Instant close = now.plus(CLOSE_AFTER);
    ifUnchanged(
        ticket, close, TicketStatus.SOLVED, () -> change(ticket, close, TicketStatus.CLOSED));
  }

  private void waitForCustomer(Ticket ticket, Instant now) {
    change(ticket, now, TicketStatus.PENDING_CUSTOMER);
    boolean chat = ticket.channel == Channel.CHAT;
    if (Rand.chance(random, 0.88)) {
      // Most customers answer within hours; some come back days later.
      Duration median =
          Rand.chance(random, 0.2) ? Duration.ofHours(30) : Duration.ofMinutes(chat ? 8 : 240);
      Instant reply = now.plus(Rand.logNormal(random, median, 0.8));
      ifUnchanged(
          ticket,
          reply,
          TicketStatus.PENDING_CUSTOMER,
          () -> {
            ticket.append(new CustomerMessage(reply));
            backToQueue(ticket, reply);
          });
    } else {
      Instant timeout = now.plus(AUTO_SOLVE_AFTER);
      ifUnchanged(ticket, timeout, TicketStatus.PENDING_CUSTOMER, () -> solve(ticket, timeout));
    }
  }

  private void hold(Ticket ticket, Instant now) {
    change(ticket, now, TicketStatus.ON_HOLD);
    Instant back = now.plus(Rand.logNormal(random, Duration.ofHours(6), 0.8));
    ifUnchanged(ticket, back, TicketStatus.ON_HOLD, () -> backToQueue(ticket, back));
  }

  /** The ticket is {@code OPEN} again at {@code at} and back in its team's queue. */
  private void backToQueue(Ticket ticket, Instant at) {
    change(ticket, at, TicketStatus.OPEN);
    enqueue(ticket, at);
  }

  /** Evaluates the ticket's SLA at {@code now} and puts its next deadline in the schedule. */
  private void evaluate(Ticket ticket, Instant now) {
    schedule.update(ticket.id, setup.engine.evaluate(ticket.timeline, now));
  }

  /**
   * A warning or breach from the schedule fell due at {@code now}: count it, and run the escalation
   * chains.
   */
  void onDeadline(TicketId id, SlaDeadline deadline, Instant now) {
    Ticket ticket = tickets.get(id);
    alerts.record(ticket, deadline);
    escalate(ticket, now, true);
  }

  /**
   * Runs the escalation engine on the ticket at {@code now}, appends what the fired steps do to it
   * (a higher priority, a tag), re-evaluates its SLA, and wakes up again at the engine's next due
   * instant. When the schedule woke the ticket, it gets the ticket's next deadline after {@code
   * now}; a wake-up of the engine's own leaves the schedule alone, since it may share its instant
   * with a deadline the schedule has yet to hand out (which then brings the schedule up to date,
   * actions included).
   */
  private void escalate(Ticket ticket, Instant now, boolean fromSchedule) {
    SlaReport report = setup.engine.evaluate(ticket.timeline, now);
    List<TicketEvent> actions = new ArrayList<>();
    Optional<Instant> next = escalations.run(ticket, report, now, actions);
    if (!actions.isEmpty()) {
      actions.forEach(ticket::append);
      report = setup.engine.evaluate(ticket.timeline, now);
    }
    if (fromSchedule) {
      schedule.update(ticket.id, report);
    }
    if (next.isPresent()) {
      Instant at = next.get();
      ticket.escalationWake = at;
      events.at(
          at,
          () -> {
            if (at.equals(ticket.escalationWake)) {
              escalate(ticket, at, false);
            }
          });
    }
  }
}
