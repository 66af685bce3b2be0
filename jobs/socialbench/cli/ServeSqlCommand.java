package socialbench.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import socialbench.runtime.Settings;
import socialbench.serve.BindPolicy;
import socialbench.serve.ServeConfig;
import socialbench.serve.ServerAuth;
import socialbench.serve.SparkSubmitLauncher;
import socialbench.serve.ThriftServer;
import socialbench.serve.Tls;
import socialbench.serve.UsersFile;

@Command(
    name = "serve-sql",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the warehouse over JDBC (Spark's Thrift server, HiveServer2 protocol) for BI tools, on 127.0.0.1 by default.",
      "Any other address requires authentication: a users file (--users FILE) or LDAP (socialbench.serve.ldap.url).",
      "Clients may only query (the analyst policy of `socialbench sql`): the published dw and bench tables and the",
      "analyst views, following each newly published night. TLS: socialbench.serve.tls.keystore. See docs/sql-server.md."
    })
public final class ServeSqlCommand implements Callable<Integer> {
  static final String PASSWORD_ENV = "SOCIALBENCH_SQL_PASSWORD";

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.") String host;
  @Option(names = "--port", defaultValue = "10000", description = "Port to listen on. Default: ${DEFAULT-VALUE}.") int port;

  @Option(names = "--users", paramLabel = "FILE", description = "Users file (salted PBKDF2 password hashes): clients must log in as one of its users.")
  Path users;

  @Option(names = "--add-user", paramLabel = "NAME",
      description = "Add NAME (or change their password) in the --users file and exit; the password is read from $" + PASSWORD_ENV + " or the first line of stdin.")
  String addUser;

  @Override
  public Integer call() throws Exception {
    Settings settings = common.settings();
    ServeConfig config = ServeConfig.of(settings);
    if (addUser != null) {
      return addUser(config.usersFileFor(users));
    }
    if (port < 1 || port > 65535) throw new UserError("--port must be 1-65535: " + port);
    BindPolicy.checkEnvironment(System.getenv());
    ServerAuth auth = config.auth(users);
    BindPolicy.check(host, auth);
    Tls tls = config.tls();
    if (ThriftServer.available()) {
      ThriftServer.serve(settings, host, port, auth, tls, System.out);
      return 0;
    }
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    return SparkSubmitLauncher.locate(config).run(settings, config.driverMemory(), args);
  }

  private int addUser(Path file) throws IOException {
    char[] password = readPassword();
    try {
      UsersFile.read(file).put(addUser, password);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    System.out.println("serve-sql: user " + addUser + " saved in " + file);
    return 0;
  }

  private char[] readPassword() throws IOException {
    String env = System.getenv(PASSWORD_ENV);
    if (env != null && !env.isEmpty()) return env.toCharArray();
    Console console = System.console();
    if (console != null) {
      char[] p = console.readPassword("password for %s: ", addUser);
      if (p != null && p.length > 0) return p;
    } else {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line != null && !line.isEmpty()) return line.toCharArray();
    }
    throw new UserError("no password: set $" + PASSWORD_ENV + " or give it on stdin");
  }
}
