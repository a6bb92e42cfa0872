package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.ReferralCode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The customer base: made once from the seed, then looked up by region. Not thread-safe. */
final class Customers {
  static final String[] SEGMENTS = {"consumer", "business", "enterprise"};
  private static final String[] EMEA_ZONES = {
    "Europe/Berlin", "Europe/London", "Europe/Paris", "Europe/Madrid", "Europe/Warsaw"
  };
  private static final double[] EMEA_WEIGHTS = {35, 25, 20, 10, 10};
  private static final String[] AMER_ZONES = {
    "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo"
  };
  private static final double[] AMER_WEIGHTS = {45, 25, 20, 10};
  private static final String[] NAMES = {
    "anna", "ben", "carla", "david", "elif", "farid", "greta", "hugo", "ines", "jonas", "kim",
    "lena", "marco", "nora", "omar", "paula", "quinn", "rosa", "sam", "tara", "uwe", "vera",
    "will", "xenia", "yusuf", "zoe"
  };
  private static final String[] DOMAINS = {"gmail.com", "example.com", "mail.example.org"};

  private final List<Customer> all = new ArrayList<>();
  private final Map<Team, List<Customer>> byRegion = new EnumMap<>(Team.class);
  private final List<Customer> members = new ArrayList<>();
  private final Set<ReferralCode> codes = new HashSet<>();
  private final RandomGenerator random;

  Customers(RandomGenerator random, int count) {
    this.random = random;
    byRegion.put(Team.EMEA, new ArrayList<>());
    byRegion.put(Team.AMER, new ArrayList<>());
    for (int i = 0; i < count; i++) {
      Team region = Rand.chance(random, 0.55) ? Team.EMEA : Team.AMER;
      String segment = SEGMENTS[Rand.pick(random, 70, 22, 8)];
      boolean member = !segment.equals("enterprise") && Rand.chance(random, 0.6);
      add(newCustomer(region, segment, member));
    }
  }

  /** Makes a new customer (a referee signing up, say) and adds it to the base. */
  Customer newCustomer(Team region, String segment, boolean member) {
    int n = all.size() + 1;
    String[] zones = region == Team.EMEA ? EMEA_ZONES : AMER_ZONES;
    double[] weights = region == Team.EMEA ? EMEA_WEIGHTS : AMER_WEIGHTS;
    ZoneId zone = ZoneId.of(zones[Rand.pick(random, weights)]);
    String name = NAMES[random.nextInt(NAMES.length)];
    String email =
        String.format(Locale.ROOT, "%s.%d@%s", name, n, DOMAINS[random.nextInt(DOMAINS.length)]);
    Optional<ReferralCode> code =
        member
            ? Optional.of(
                ReferralCode.randomUnique(
                    random, ReferralCode.DEFAULT_BODY_LENGTH, codes::contains))
            : Optional.empty();
    code.ifPresent(codes::add);
    return new Customer(
        CustomerId.of(String.format(Locale.ROOT, "C-%06d", n)),
        region,
        zone,
        segment,
        member,
        email,
        "dev-" + n,
        "card-" + n,
        n + " Main Street",
        code);
  }

  Customer add(Customer customer) {
    all.add(customer);
    if (customer.region() != Team.CHAT) {
      byRegion.get(customer.region()).add(customer);
    }
    if (customer.member()) {
      members.add(customer);
    }
    return customer;
  }

  /** Returns a customer of {@code region}, chosen at random. */
  Customer pick(Team region) {
    List<Customer> list = byRegion.get(region);
    return list.get(random.nextInt(list.size()));
  }

  /** Returns a loyalty member with a referral code, chosen at random. */
  Customer pickMember() {
    return members.get(random.nextInt(members.size()));
  }

  List<Customer> members() {
    return ImmutableList.copyOf(members);
  }

  int size() {
    return all.size();
  }
}
