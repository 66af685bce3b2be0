package socialbench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import socialbench.cli.UserError;

/**
 * The SQL server's users: a text file with one {@code NAME:pbkdf2-sha256$ITERATIONS$SALT$HASH} line per
 * user ({@link PasswordHash}); blank lines and lines starting with {@code #} are ignored.
 */
public final class UsersFile {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
  /** A hash of no user's password, checked for unknown names so that they cost what known ones do. */
  private static final PasswordHash NO_USER = PasswordHash.of("no user has this password".toCharArray());

  private final Path path;
  private final Map<String, PasswordHash> users;

  private UsersFile(Path path, Map<String, PasswordHash> users) {
    this.path = path;
    this.users = users;
  }

  /** Reads the file; a missing file is an empty users file. */
  public static UsersFile read(Path path) {
    Map<String, PasswordHash> users = new LinkedHashMap<>();
    if (Files.exists(path)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read users file " + path + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        int colon = line.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException(path + " line " + (i + 1) + ": expected NAME:HASH");
        try {
          users.put(line.substring(0, colon), PasswordHash.parse(line.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(path + " line " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return new UsersFile(path, users);
  }

  public boolean isEmpty() {
    return users.isEmpty();
  }

  public boolean contains(String name) {
    return users.containsKey(name);
  }

  /**
   * True if {@code name} is a user of the file and {@code password} is theirs. An unknown name costs the
   * same PBKDF2 work as a known one (against a hash of no user), so the time taken does not tell whether
   * a user exists.
   */
  public boolean authenticates(String name, char[] password) {
    PasswordHash hash = name == null ? null : users.get(name);
    char[] given = password == null ? new char[0] : password;
    boolean matches = (hash != null ? hash : NO_USER).matches(given);
    return hash != null && password != null && matches;
  }

  /**
   * Throws a {@link UserError} if the file may be written by its group or by others: whoever can write
   * it can add themselves as a user.
   */
  public static void requireOwnerOnlyWritable(Path path) {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(path);
    } catch (UnsupportedOperationException e) {
      return; // not a POSIX file system
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the permissions of users file " + path + ": " + e.getMessage(), e);
    }
    if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
      throw new UserError("users file " + path + " is writable by group or others (" + PosixFilePermissions.toString(perms)
          + "): anyone who can write it can add a user; run chmod 600 " + path);
    }
  }

  /** Adds the user (or replaces their password) and rewrites the file, readable by its owner only. */
  public void put(String name, char[] password) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user names are 1-64 letters, digits or _.@-: " + name);
    }
    if (password.length == 0) throw new IllegalArgumentException("empty password for " + name);
    users.put(name, PasswordHash.of(password));
    write();
  }

  private void write() {
    StringBuilder text = new StringBuilder("# socialbench serve-sql users: NAME:pbkdf2-sha256$ITERATIONS$SALT$HASH\n");
    users.forEach((name, hash) -> text.append(name).append(':').append(hash.text()).append('\n'));
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".users", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its default permissions
      }
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write users file " + path + ": " + e.getMessage(), e);
    }
  }
}
