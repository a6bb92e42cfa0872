package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reduces an email address to the mailbox it reaches, so that {@code Jane.Doe+promo@GoogleMail.com}
 * and {@code janedoe@gmail.com} compare equal and a customer cannot refer themselves under a second
 * spelling of their own address.
 *
 * <p>Every address: white space around it is removed, and it is lower-cased (in the root locale) as
 * a whole. Most mail providers treat the local part case-insensitively; the few that do not are not
 * worth a self-referral. A trailing dot on the domain is removed. The local part and the domain are
 * split at the last {@code @}.
 *
 * <p>Then, per provider, by domain after aliases are resolved ({@link #standard()}'s list):
 *
 * <table>
 *   <caption>Providers known to {@link #standard()}</caption>
 *   <tr><th>domain</th><th>dots in the local part</th><th>{@code +tag}</th><th>aliases</th></tr>
 *   <tr><td>gmail.com</td><td>ignored</td><td>removed</td><td>googlemail.com</td></tr>
 *   <tr><td>outlook.com, hotmail.com, live.com, msn.com</td><td>kept</td><td>removed</td>
 *       <td></td></tr>
 *   <tr><td>icloud.com, me.com, mac.com</td><td>kept</td><td>removed</td><td></td></tr>
 *   <tr><td>fastmail.com, fastmail.fm</td><td>kept</td><td>removed</td><td></td></tr>
 *   <tr><td>proton.me, protonmail.com, protonmail.ch, pm.me</td><td>kept</td><td>removed</td>
 *       <td></td></tr>
 * </table>
 *
 * <p>Other domains keep their local part as it is (after lower-casing): a company's own mail server
 * may well deliver {@code a+b@example.com} and {@code ab@example.com} to different people. Yahoo's
 * disposable addresses ({@code base-keyword@yahoo.com}) are not listed because the base is not the
 * account name. Add providers with {@link #builder(EmailNormalizer)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailNormalizer {
  private static final EmailNormalizer STANDARD =
      builder()
          .ignoresDots("gmail.com")
          .plusTags(
              "gmail.com",
              "outlook.com",
              "hotmail.com",
              "live.com",
              "msn.com",
              "icloud.com",
              "me.com",
              "mac.com",
              "fastmail.com",
              "fastmail.fm",
              "proton.me",
              "protonmail.com",
              "protonmail.ch",
              "pm.me")
          .alias("googlemail.com", "gmail.com")
          .build();

  private static final EmailNormalizer LOWER_CASE_ONLY = builder().build();

  private final ImmutableSet<String> ignoresDots;
  private final ImmutableSet<String> plusTags;
  private final ImmutableMap<String, String> aliases;

  private EmailNormalizer(Builder builder) {
    this.ignoresDots = ImmutableSet.copyOf(builder.ignoresDots);
    this.plusTags = ImmutableSet.copyOf(builder.plusTags);
    this.aliases = ImmutableMap.copyOf(builder.aliases);
  }

  /** Returns the normaliser with the providers listed in the type's description. */
  public static EmailNormalizer standard() {
    return STANDARD;
  }

  /** Returns a normaliser that only trims and lower-cases, for no provider rules at all. */
  public static EmailNormalizer lowerCaseOnly() {
    return LOWER_CASE_ONLY;
  }

  /** Returns a builder with no provider rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from {@code base}'s rules, to add providers to it. */
  public static Builder builder(EmailNormalizer base) {
    Objects.requireNonNull(base, "base");
    Builder builder = new Builder();
    builder.ignoresDots.addAll(base.ignoresDots);
    builder.plusTags.addAll(base.plusTags);
    builder.aliases.putAll(base.aliases);
    return builder;
  }

  /** Returns the domains whose local parts ignore dots. */
  public Set<String> dotsIgnoredDomains() {
    return ignoresDots;
  }

  /** Returns the domains that deliver {@code name+tag} to {@code name}. */
  public Set<String> plusTagDomains() {
    return plusTags;
  }

  /** Returns the domain aliases, each alias mapped to the domain whose rules apply to it. */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * Returns the normalised form of {@code address}.
   *
   * @throws IllegalArgumentException if {@code address} is not an address: no {@code @}, an empty
   *     local part or domain, white space or control characters inside, or a local part that is
   *     empty once its tag is removed
   */
  public String normalize(String address) {
    Objects.requireNonNull(address, "address");
    String trimmed = address.strip().toLowerCase(Locale.ROOT);
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1) {
      throw new IllegalArgumentException(
          "address must be local-part@domain, but was \"" + address + "\"");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "address must not contain white space or control characters, but was \""
                + address
                + "\"");
      }
    }
    String local = trimmed.substring(0, at);
    String domain = trimmed.substring(at + 1);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (domain.isEmpty()) {
      throw new IllegalArgumentException(
          "address must be local-part@domain, but was \"" + address + "\"");
    }
    domain = aliases.getOrDefault(domain, domain);
    if (plusTags.contains(domain)) {
      int plus = local.indexOf('+');
      if (plus >= 0) {
        local = local.substring(0, plus);
      }
    }
    if (ignoresDots.contains(domain)) {
      local = local.replace(".", "");
    }
    if (local.isEmpty()) {
      throw new IllegalArgumentException(
          "address must have a mailbox name before its tag, but was \"" + address + "\"");
    }
    return local + "@" + domain;
  }

  @Override
  public String toString() {
    return "EmailNormalizer{ignoresDots="
        + ignoresDots
        + ", plusTags="
        + plusTags
        + ", aliases="
        + aliases
        + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailNormalizer other
        && ignoresDots.equals(other.ignoresDots)
        && plusTags.equals(other.plusTags)
        && aliases.equals(other.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ignoresDots, plusTags, aliases);
  }

  /** Collects provider rules; not thread-safe, make one per thread. */
  public static final class Builder {
    private final Set<String> ignoresDots = new LinkedHashSet<>();
    private final Set<String> plusTags = new LinkedHashSet<>();
    private final Map<String, String> aliases = new HashMap<>();

    private Builder() {}

    /** Declares that these domains ignore dots in the local part. */
    public Builder ignoresDots(String... domains) {
      for (String domain : domains) {
        ignoresDots.add(domain(domain, "domain"));
      }
      return this;
    }

    /** Declares that these domains deliver {@code name+tag} to {@code name}. */
    public Builder plusTags(String... domains) {
      for (String domain : domains) {
        plusTags.add(domain(domain, "domain"));
      }
      return this;
    }

    /**
     * Declares that {@code alias} is another name for {@code domain}, whose rules then apply.
     *
     * @throws IllegalArgumentException if the two are equal
     */
    public Builder alias(String alias, String domain) {
      String from = domain(alias, "alias");
      String to = domain(domain, "domain");
      if (from.equals(to)) {
        throw new IllegalArgumentException(
            "alias must differ from its domain, but both were \"" + from + "\"");
      }
      aliases.put(from, to);
      return this;
    }

    /**
     * Returns the normaliser.
     *
     * @throws IllegalArgumentException if an alias points to a domain that is itself an alias
     */
    public EmailNormalizer build() {
      for (Map.Entry<String, String> alias : aliases.entrySet()) {
        if (aliases.containsKey(alias.getValue())) {
          throw new IllegalArgumentException(
              "alias "
                  + alias.getKey()
                  + " must point to a domain that is not itself an alias, but was "
                  + alias.getValue());
        }
      }
      return new EmailNormalizer(this);
    }

    private static String domain(String domain, String name) {
      Objects.requireNonNull(domain, name);
      String lower = domain.toLowerCase(Locale.ROOT);
      if (lower.isEmpty()
          || !lower.equals(lower.strip())
          || lower.indexOf('@') >= 0
          || lower.endsWith(".")) {
        throw new IllegalArgumentException(
            name + " must be a domain such as example.com, but was \"" + domain + "\"");
      }
      return lower;
    }
  }
}
