package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module exports exactly its API packages (Caffeine's ModuleTest), and an internal package
 * only to the modules named here, by a qualified export. Tests run on the class path, so this reads
 * each module's compiled {@code module-info.class} from the jar or folder its classes come from.
 */
class ModuleExportsTest {

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of(
            dev.rapport.core.CustomerId.class,
            "dev.rapport.core",
            Set.of(
                "dev.rapport.core",
                "dev.rapport.core.ticket",
                "dev.rapport.core.time",
                "dev.rapport.core.json"),
            // Not APIs: the SLA engine's batch access to calendars and timelines, for its hot
            // path, and the strict JSON reader of Rapport's JSON modules.
            Map.of(
                "dev.rapport.core.time.internal",
                Set.of("dev.rapport.sla"),
                "dev.rapport.core.ticket.internal",
                Set.of("dev.rapport.sla"),
                "dev.rapport.core.json.internal",
                Set.of("dev.rapport.sla", "dev.rapport.loyalty", "dev.rapport.feedback"))),
        Arguments.of(
            dev.rapport.sla.SlaEngine.class,
            "dev.rapport.sla",
            Set.of("dev.rapport.sla", "dev.rapport.sla.json", "dev.rapport.sla.escalation"),
            Map.of()),
        Arguments.of(
            dev.rapport.loyalty.PointsLedger.class,
            "dev.rapport.loyalty",
            Set.of(
                "dev.rapport.loyalty",
                "dev.rapport.loyalty.spi",
                "dev.rapport.loyalty.json",
                "dev.rapport.loyalty.referral",
                "dev.rapport.loyalty.referral.spi",
                "dev.rapport.loyalty.referral.json"),
            Map.of()),
        Arguments.of(
            dev.rapport.feedback.NpsSummary.class,
            "dev.rapport.feedback",
            Set.of(
                "dev.rapport.feedback",
                "dev.rapport.feedback.stats",
                "dev.rapport.feedback.loop",
                "dev.rapport.feedback.text",
                "dev.rapport.feedback.json"),
            Map.of()),
        Arguments.of(
            TestClock.class, "dev.rapport.testkit", Set.of("dev.rapport.testkit"), Map.of()));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("modules")
  void exportsExactlyTheApiPackages(
      Class<?> member, String moduleName, Set<String> exports, Map<String, Set<String>> qualified) {
    ModuleDescriptor descriptor = descriptorOf(member);

    assertThat(descriptor.name()).isEqualTo(moduleName);
    assertThat(
            descriptor.exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .isEqualTo(exports);
    assertThat(
            descriptor.exports().stream()
                .filter(ModuleDescriptor.Exports::isQualified)
                .collect(
                    Collectors.toMap(
                        ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)))
        .isEqualTo(qualified);
  }

  private static ModuleDescriptor descriptorOf(Class<?> member) {
    URL location = member.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {location}, null)) {
      // findResource looks only at this location, never at the JDK's own modules.
      URL moduleInfo = loader.findResource("module-info.class");
      assertThat(moduleInfo).as("module-info.class next to %s", member).isNotNull();
      try (InputStream in = moduleInfo.openStream()) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
