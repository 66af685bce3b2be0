package socialbench.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text files the jar carries ({@code sql/}, {@code conf/}), read from the classpath. */
public final class Resources {
  private Resources() {}

  /** The resource's text (UTF-8); a missing resource is an error naming it. */
  public static String text(String resource) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing on the classpath: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public static boolean exists(String resource) {
    return Resources.class.getClassLoader().getResource(resource) != null;
  }
}
