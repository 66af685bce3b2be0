package socialbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowAsset;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.AssetEvent;

@Command(name = "assets", mixinStandardHelpOptions = true, description = "List socialbench's assets, or post an event for one (--emit URI).")
final class AirflowAssetsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;

  @Option(names = "--uri-pattern", paramLabel = "LIKE", description = "Which assets to list, SQL LIKE (default socialbench://%%).")
  String uriPattern = "socialbench://%";

  @Option(names = "--emit", paramLabel = "URI", description = "Post an asset event for the asset with this URI.")
  String emit;

  @Option(names = "--extra", paramLabel = "KEY=VALUE", description = "With --emit: extra of the event, e.g. --extra night=2024-03-05.")
  Map<String, String> extra = new LinkedHashMap<>();

  @Override
  public Integer call() {
    AirflowClient client = AirflowOptions.client(airflow.config(common));
    if (emit == null) {
      for (AirflowAsset a : client.assets(uriPattern)) {
        System.out.println(a.id() + "  " + a.uri() + "  " + a.name());
      }
      return 0;
    }
    AirflowAsset asset = client.assetByUri(emit);
    AssetEvent event = client.postAssetEvent(asset.id(), extra);
    System.out.println("asset event " + event.id() + " for " + asset.uri() + " at " + event.timestamp() + " extra " + event.extra());
    return 0;
  }
}
