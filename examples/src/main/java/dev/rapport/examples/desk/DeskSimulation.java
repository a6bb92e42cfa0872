package dev.rapport.examples.desk;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.BreachSchedule;
import dev.rapport.sla.SlaCompliance;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Simulates a support desk over a period and returns what Rapport's engines made of it: three teams
 * (Berlin and New York offices on business calendars with their holidays, a 24/7 chat team in three
 * shifts) work tickets from customers around the world; every ticket is a validated {@code
 * TicketTimeline} evaluated by the {@code SlaEngine}, with a {@code BreachSchedule} handing out
 * warnings and breaches; members earn, redeem and lose points on {@code PointsLedger}s, refunds
 * claw back, referrals run through the {@code ReferralEngine} (with fraud attempts), and solved
 * tickets are surveyed into {@code FeedbackCube}s.
 *
 * <pre>{@code
 * DeskResults results = DeskSimulation.run(DeskConfig.defaults(), progress -> {});
 * }</pre>
 *
 * <p>A run is a pure function of its {@link DeskConfig}: every random choice comes from one seeded
 * {@link SplittableRandom}, and simulated time never reads the clock. Thread-safe: each run has its
 * own state.
 */
public final class DeskSimulation {
  private static final Duration HOUR = Duration.ofHours(1);

  /** The day (from 0) from which the chat team has extra agents: the start of week 4. */
  static final int REINFORCEMENT_DAY = 21;

  private static final double OFFICE_MINUTES_PER_TICKET = 23;
  private static final double CHAT_MINUTES_PER_TICKET = 11;

  private final DeskConfig config;
  private final DeskSetup setup;
  private final Events events = new Events();
  private final Arrivals arrivals;
  private final Customers customers;
  private final Floor floor;
  private final LoyaltyDesk loyalty;
  private final SurveyDesk surveys;
  private final Alerts alerts = new Alerts();
  private final Escalations escalations;
  private final SplittableRandom arrivalRandom;
  private final long[] perDay;
  private final Map<String, Integer> agents = new LinkedHashMap<>();
  private final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);

  private DeskSimulation(DeskConfig config) {
    this.config = config;
    this.setup = new DeskSetup(config);
    SplittableRandom root = new SplittableRandom(config.seed());
    this.arrivalRandom = root.split();
    SplittableRandom customerRandom = root.split();
    SplittableRandom floorRandom = root.split();
    SplittableRandom loyaltyRandom = root.split();
    SplittableRandom surveyRandom = root.split();
    this.arrivals = new Arrivals(config);
    int customerCount = Math.max(300, config.ticketsPerDay() * Math.min(config.days(), 60));
    this.customers = new Customers(customerRandom, customerCount);
    this.escalations = new Escalations(setup);
    this.floor = new Floor(setup, events, floorRandom, alerts, escalations);
    this.loyalty = new LoyaltyDesk(setup, customers, events, loyaltyRandom, config.startInstant());
    this.surveys = new SurveyDesk(setup, events, surveyRandom, loyalty);
    this.perDay = new long[config.days()];
    floor.onSolved(
        (ticket, at) -> {
          surveys.onSolved(ticket, at);
          if (ticket.order.isPresent() && ticket.refundApproved) {
            loyalty.refund(ticket.order.get(), at, true);
          }
        });
    staff();
  }

  /**
   * Runs the simulation of {@code config}, reporting progress once per simulated day.
   *
   * @param config what to simulate
   * @param progress called after each simulated day, on the calling thread
   * @return the results
   */
  public static DeskResults run(DeskConfig config, Consumer<Progress> progress) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(progress, "progress");
    return new DeskSimulation(config).simulate(progress);
  }

  /**
   * Staffs the teams for the expected load: office agents for their open hours, chat agents per
   * shift for the busiest hour of the shift. The chat team starts short-handed; from {@link
   * #REINFORCEMENT_DAY} on, extra agents join each shift (their calendars are date overrides).
   */
  private void staff() {
    double perDayTotal = config.ticketsPerDay() * (1 + Arrivals.INCIDENT_SHARE / config.days());
    double chatShare = Arrivals.chatShare();
    Instant start = config.startInstant();
    Instant end = config.endInstant();
    for (Team team : new Team[] {Team.EMEA, Team.AMER}) {
      double share = team == Team.EMEA ? Arrivals.EMEA_SHARE : 1 - Arrivals.EMEA_SHARE;
      double tickets = perDayTotal * config.days() * share * (1 - chatShare);
      BusinessCalendar calendar = setup.calendar(team);
      double openMinutes = Math.max(600, calendar.between(start, end).toMinutes());
      int count = (int) Math.ceil(tickets * OFFICE_MINUTES_PER_TICKET / (openMinutes * 0.8));
      floor.staff(team, "day", Math.max(1, count), calendar);
      agents.put(team.label(), Math.max(1, count));
    }
    LocalTime[] bounds = {LocalTime.of(6, 0), LocalTime.of(14, 0), LocalTime.of(22, 0)};
    String[] names = {"early", "late", "night"};
    int chatAgents = 0;
    for (int s = 0; s < 3; s++) {
      double peak = 0;
      for (int h = 0; h < Math.min(arrivals.hours(), 24 * 7); h++) {
        int hourOfDay = h % 24;
        int from = bounds[s].getHour();
        boolean inShift =
            s == 2 ? hourOfDay >= 22 || hourOfDay < 6 : hourOfDay >= from && hourOfDay < from + 8;
        if (inShift) {
          peak = Math.max(peak, arrivals.rate(Team.EMEA, h) + arrivals.rate(Team.AMER, h));
        }
      }
      double needed = peak * chatShare * CHAT_MINUTES_PER_TICKET / 60;
      int count = Math.max(1, (int) Math.round(needed * 1.8));
      LocalTime from = bounds[s];
      LocalTime to = bounds[(s + 1) % 3];
      floor.staff(Team.CHAT, names[s], count, Floor.chatShift(from, to));
      chatAgents += count;
      int extra = Math.max(1, (int) Math.round(needed * 0.35));
      if (config.days() > REINFORCEMENT_DAY) {
        BusinessCalendar.Builder later = BusinessCalendar.builder(java.time.ZoneOffset.UTC);
        for (int d = REINFORCEMENT_DAY; d <= config.days(); d++) {
          later.override(config.start().plusDays(d), from, to);
        }
        floor.staff(Team.CHAT, names[s] + "-plus", extra, later.build());
        chatAgents += extra;
      }
    }
    agents.put(Team.CHAT.label(), chatAgents);
  }

  private DeskResults simulate(Consumer<Progress> progress) {
    Instant start = config.startInstant();
    Instant end = config.endInstant();
    loyalty.seedHistory();
    for (int h = 0; h < arrivals.hours(); h++) {
      int hour = h;
      events.at(start.plus(HOUR.multipliedBy(h)), () -> arrive(hour));
    }
    for (int d = 0; d < config.days(); d++) {
      int day = d;
      Instant dayStart = start.plus(Duration.ofDays(d));
      events.at(
          dayStart,
          () -> {
            loyalty.sweep(dayStart);
            loyalty.planDay(dayStart, day);
            if (day > 0) {
              progress.accept(progress(day));
            }
          });
    }
    BreachSchedule schedule = floor.schedule();
    while (true) {
      Events.Event next = events.peek();
      Optional<BreachSchedule.Due> due = schedule.peek();
      boolean deadlineFirst =
          due.isPresent()
              && due.get().deadline().at().isBefore(end)
              && (next == null || due.get().deadline().at().isBefore(next.at()));
      if (deadlineFirst) {
        Instant at = due.get().deadline().at();
        for (BreachSchedule.Due d : schedule.dueUntil(at)) {
          floor.onDeadline(d.ticketId(), d.deadline(), at);
        }
      } else if (next != null && next.at().isBefore(end)) {
        events.poll().action().run();
      } else {
        break;
      }
    }
    loyalty.sweep(end);
    progress.accept(progress(config.days()));
    return results(start, end);
  }

  private Progress progress(int day) {
    long open = 0;
    for (Ticket ticket : floor.tickets().values()) {
      if (ticket.status().isActive()) {
        open++;
      }
    }
    return new Progress(day, config.days(), floor.tickets().size(), open);
  }

  private void arrive(int hour) {
    Instant from = config.startInstant().plus(HOUR.multipliedBy(hour));
    for (Team region : new Team[] {Team.EMEA, Team.AMER}) {
      int count = Rand.poisson(arrivalRandom, arrivals.rate(region, hour));
      for (int i = 0; i < count; i++) {
        Instant at = from.plusSeconds(arrivalRandom.nextInt(3600));
        Customer customer = customers.pick(region);
        events.at(at, () -> open(at, customer, false));
      }
    }
    if (arrivals.isIncident(hour)) {
      int count = Rand.poisson(arrivalRandom, config.ticketsPerDay() * Arrivals.INCIDENT_SHARE / 3);
      for (int i = 0; i < count; i++) {
        Instant at = from.plusSeconds(arrivalRandom.nextInt(3600));
        Customer customer =
            customers.pick(Rand.chance(arrivalRandom, Arrivals.EMEA_SHARE) ? Team.EMEA : Team.AMER);
        events.at(at, () -> open(at, customer, true));
      }
    }
  }

  private void open(Instant at, Customer customer, boolean incident) {
    Channel channel =
        Arrivals.CHANNELS[Rand.pick(arrivalRandom, Arrivals.channelMix(customer.segment()))];
    Priority priority;
    String topic;
    if (incident) {
      priority = Rand.chance(arrivalRandom, 0.6) ? Priority.HIGH : Priority.URGENT;
      topic = "payments";
    } else {
      priority =
          Arrivals.priority(Rand.pick(arrivalRandom, Arrivals.priorityMix(customer.segment())));
      topic = Arrivals.TOPICS[Rand.pick(arrivalRandom, 25, 7, 28, 24, 16)];
    }
    Optional<LoyaltyDesk.Order> order = Optional.empty();
    if (topic.equals("returns")) {
      order = customer.member() ? loyalty.refundableOrder(customer, at) : Optional.empty();
      if (order.isEmpty()) {
        topic = "delivery";
      }
    }
    Ticket ticket = floor.create(at, customer, channel, priority, topic, order);
    ticket.refundApproved = order.isPresent() && Rand.chance(arrivalRandom, 0.7);
    perDay[(int) Duration.between(config.startInstant(), at).toDays()]++;
    byChannel.merge(channel, 1L, Long::sum);
  }

  /** The compliance of a share of the tickets: the whole period and each week. */
  private static final class Partition {
    final SlaCompliance period;
    final List<SlaCompliance> weeks;

    Partition(SlaCompliance period, List<SlaCompliance> weeks) {
      this.period = period;
      this.weeks = weeks;
    }

    Partition merge(Partition other) {
      List<SlaCompliance> merged = new ArrayList<>();
      for (int w = 0; w < weeks.size(); w++) {
        merged.add(weeks.get(w).merge(other.weeks.get(w)));
      }
      return new Partition(period.merge(other.period), merged);
    }
  }

  /**
   * Evaluates the tickets of {@code part} at the end and sums their compliance. The SLA engine is
   * pure and compliance summaries merge, so partitions run in parallel and add up.
   */
  private Partition compliance(List<Ticket> part, Instant start, Instant end, int weeks) {
    SlaCompliance.Builder period = SlaCompliance.builder(start, end);
    List<SlaCompliance.Builder> weekly = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      Instant from = start.plus(Duration.ofDays(7L * w));
      Instant to = w == weeks - 1 ? end : from.plus(Duration.ofDays(7));
      weekly.add(SlaCompliance.builder(from, to));
    }
    for (Ticket ticket : part) {
      SlaReport report = setup.engine.evaluate(ticket.timeline, end);
      period.add(report, ticket.timeline);
      // No outcome comes before the ticket's creation, so earlier weeks need not see it.
      int first = (int) (Duration.between(start, ticket.createdAt()).toDays() / 7);
      for (int w = first; w < weeks; w++) {
        weekly.get(w).add(report, ticket.timeline);
      }
    }
    List<SlaCompliance> built = new ArrayList<>();
    weekly.forEach(week -> built.add(week.build()));
    return new Partition(period.build(), built);
  }

  private DeskResults results(Instant start, Instant end) {
    int weeks = (config.days() + 6) / 7;
    List<Ticket> all = new ArrayList<>(floor.tickets().values());
    int parts = 8;
    Partition compliance =
        IntStream.range(0, parts)
            .parallel()
            .mapToObj(
                p ->
                    compliance(
                        all.subList(all.size() * p / parts, all.size() * (p + 1) / parts),
                        start,
                        end,
                        weeks))
            .reduce(Partition::merge)
            .orElseThrow();
    long solved = 0;
    long reopened = 0;
    long closed = 0;
    long open = 0;
    for (Ticket ticket : all) {
      boolean wasSolved = false;
      for (TicketEvent event : ticket.timeline.events()) {
        if (event instanceof StatusChanged && ((StatusChanged) event).to() == TicketStatus.SOLVED) {
          wasSolved = true;
        }
      }
      solved += wasSolved ? 1 : 0;
      reopened += ticket.timeline.events().stream().anyMatch(e -> e instanceof Reopened) ? 1 : 0;
      closed += ticket.status() == TicketStatus.CLOSED ? 1 : 0;
      open += ticket.status().isActive() ? 1 : 0;
    }
    List<Long> days = new ArrayList<>();
    for (long count : perDay) {
      days.add(count);
    }
    TicketTotals tickets =
        new TicketTotals(
            floor.tickets().size(),
            solved,
            reopened,
            closed,
            open,
            byChannel,
            days,
            agents,
            arrivals.incidentDay());
    Map<TeamId, String> teams = new LinkedHashMap<>();
    for (Team team : Team.values()) {
      teams.put(team.id(), team.label());
    }
    List<String> policies = new ArrayList<>();
    for (SlaPolicy policy : setup.policies.policies()) {
      policies.add(setup.describe(policy));
    }
    Map<String, Map<String, Long>> alertsByTeam = new LinkedHashMap<>();
    alerts.byTeam().forEach((team, counts) -> alertsByTeam.put(team.label(), counts));
    return new DeskResults(
        config,
        tickets,
        compliance.period,
        compliance.weeks,
        teams,
        policies,
        new AlertTotals(alerts.byThreshold(), alerts.breachesByMetric(), alertsByTeam),
        escalations.totals(),
        loyalty.totals(start, end, weeks),
        surveys.totals());
  }
}
