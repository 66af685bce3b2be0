package socialbench.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/** Writes an Excel 97 (.xls) workbook through POI's HSSF, one sheet per table, without document properties. */
final class XlsEncoder implements Encoder {
  static final XlsEncoder INSTANCE = new XlsEncoder();

  @Override
  public byte[] encode(List<Table> tables, LocalDate exportDate) {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      for (Table t : tables) {
        HSSFSheet sheet = wb.createSheet(t.name);
        int r = 0;
        for (String[] row : t.headerRows) write(sheet.createRow(r++), row, null);
        for (String[] row : t.rows) write(sheet.createRow(r++), row, t.numericColumns);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(HSSFRow row, String[] cells, boolean[] numeric) {
    for (int c = 0; c < cells.length; c++) {
      String v = cells[c];
      if (v.isEmpty()) continue;
      if (numeric != null && numeric[c] && XlsxEncoder.isNumber(v)) {
        row.createCell(c).setCellValue(Double.parseDouble(v));
      } else {
        row.createCell(c).setCellValue(v);
      }
    }
  }
}
