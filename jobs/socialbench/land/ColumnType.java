package socialbench.land;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The types a configured column can have, and the Spark type each lands as. */
public enum ColumnType {
  STRING(DataTypes.StringType),
  LONG(DataTypes.LongType),
  DOUBLE(DataTypes.DoubleType),
  /** A value in percent units, with or without a trailing %: 5.67 → 0.0567. */
  PERCENT(DataTypes.DoubleType),
  /** A fraction, or a percentage when it ends with %: 0.053 → 0.053, 5.3% → 0.053. */
  RATIO(DataTypes.DoubleType),
  DATE(DataTypes.DateType),
  TIMESTAMP(DataTypes.TimestampType);

  private final DataType sparkType;

  ColumnType(DataType sparkType) {
    this.sparkType = sparkType;
  }

  public DataType sparkType() {
    return sparkType;
  }

  public static ColumnType parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown column type in conf/formats.conf: " + name);
    }
  }
}
