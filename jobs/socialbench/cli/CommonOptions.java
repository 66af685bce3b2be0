package socialbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import socialbench.runtime.Settings;

/** Options every subcommand shares (docs/design.md §3): where things are and how to reach Spark. */
public final class CommonOptions {

  @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox of raw exports (default from conf: socialbench.inbox).")
  Path inbox;

  @Option(names = "--warehouse", paramLabel = "DIR|URI", description = "Warehouse directory or Hadoop URI (default ./warehouse).")
  String warehouse;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "FILE", description = "Extra configuration file (HOCON) layered over conf/socialbench.conf.")
  Path confFile;

  @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. -Dsocialbench.privacy.min-cohort-orgs=7 or -Dspark.sql.shuffle.partitions=4.")
  Map<String, String> overrides = new LinkedHashMap<>();

  /** The resolved settings: -D over --conf over system properties over conf/socialbench.conf. */
  public Settings settings() {
    Map<String, String> all = new LinkedHashMap<>(overrides);
    if (inbox != null) all.put("socialbench.inbox", inbox.toString());
    if (warehouse != null) all.put("socialbench.warehouse", warehouse);
    if (master != null) all.put("socialbench.spark.master", master);
    return Settings.load(confFile, all);
  }
}
