package socialbench.generate;

import java.util.List;

/** Turns an export's tables into the bytes of one file. */
interface Encoder {
  byte[] encode(List<Table> tables, java.time.LocalDate exportDate);

  static Encoder csv(CsvDialect dialect) {
    return (tables, date) -> CsvEncoder.encode(tables.get(0), dialect);
  }
}
