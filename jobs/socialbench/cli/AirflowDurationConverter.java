package socialbench.cli;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Reads durations as the configuration writes them: {@code 90s}, {@code 10m}, {@code 2h}. */
final class AirflowDurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return ConfigFactory.parseString("d = \"" + value.replace("\"", "") + "\"").getDuration("d");
    } catch (RuntimeException e) {
      throw new picocli.CommandLine.TypeConversionException("not a duration: " + value + " (examples: 90s, 10m, 2h)");
    }
  }
}
