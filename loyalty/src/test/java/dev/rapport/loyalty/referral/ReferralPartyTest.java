package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralPartyTest {
  private static final CustomerId ANA = CustomerId.of("ana");

  @Test
  void builderCollectsSignals() {
    ReferralParty party =
        ReferralParty.builder(ANA)
            .email("Ana@Example.com")
            .paymentFingerprint("fp-1", "fp-2")
            .address("1 Main St")
            .deviceId("d1")
            .networkId("10.0.0.0/24", "AS64500")
            .build();

    assertThat(party.customer()).isEqualTo(ANA);
    assertThat(party.email()).contains("Ana@Example.com");
    assertThat(party.paymentFingerprints()).containsExactly("fp-1", "fp-2");
    assertThat(party.addresses()).containsExactly("1 Main St");
    assertThat(party.deviceIds()).containsExactly("d1");
    assertThat(party.networkIds()).containsExactly("10.0.0.0/24", "AS64500");
    assertThat(ReferralParty.of(ANA).email()).isEmpty();
    assertThat(ReferralParty.of(ANA).deviceIds()).isEmpty();
  }

  @Test
  void signalsAreCopiedAndImmutable() {
    Set<String> devices = new HashSet<>(Set.of("d1"));
    ReferralParty party =
        new ReferralParty(ANA, Optional.empty(), Set.of(), Set.of(), devices, Set.of());
    devices.add("d2");

    assertThat(party.deviceIds()).containsExactly("d1");
    assertThatThrownBy(() -> party.deviceIds().add("d3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void orderSignalsAreAdded() {
    ReferralParty party = ReferralParty.builder(ANA).paymentFingerprint("fp-1").build();

    ReferralParty after = party.withOrderSignals(Optional.of("fp-2"), Optional.of("2 Side St"));

    assertThat(after.paymentFingerprints()).containsExactly("fp-1", "fp-2");
    assertThat(after.addresses()).containsExactly("2 Side St");
    assertThat(party.withOrderSignals(Optional.empty(), Optional.empty())).isSameAs(party);
    assertThat(party.withOrderSignals(Optional.of("fp-1"), Optional.empty())).isEqualTo(party);
  }

  @Test
  void rejectsBadSignals() {
    assertThatThrownBy(() -> ReferralParty.builder(ANA).email("ana"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an address such as name@example.com, but was \"ana\"");
    assertThatThrownBy(
            () ->
                new ReferralParty(
                    ANA, Optional.of("a b@x.com"), Set.of(), Set.of(), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an address such as name@example.com, but was \"a b@x.com\"");
    assertThatThrownBy(() -> ReferralParty.builder(ANA).deviceId(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deviceId must not be blank, but was \"\"");
    assertThatThrownBy(() -> ReferralParty.builder(ANA).address("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("address must not contain control characters, but was \"a\nb\"");
    assertThatThrownBy(
            () ->
                new ReferralParty(
                    ANA, Optional.empty(), Set.of(" x"), Set.of(), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "paymentFingerprints element must not start or end with white space, but was \" x\"");
    assertThatThrownBy(() -> ReferralParty.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
    assertThatThrownBy(() -> ReferralParty.builder(ANA).networkId("n".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("networkId must be at most 256 characters, but was \"nnnn");
  }
}
