package socialbench.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "socialbench " + (v == null ? "dev" : v),
      "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ", Delta Lake " + String.valueOf(io.delta.tables.DeltaTable.class.getPackage().getImplementationVersion()),
      "Java " + System.getProperty("java.version")
    };
  }
}
