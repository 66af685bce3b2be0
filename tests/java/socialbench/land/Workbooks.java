package socialbench.land;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds tiny .xls / .xlsx files with POI: strings stay strings, numbers become numeric cells. */
final class Workbooks {
  private Workbooks() {}

  static byte[] xlsx(String sheet, Object[]... rows) throws IOException {
    return write(new XSSFWorkbook(), sheet, rows);
  }

  static byte[] xls(String sheet, Object[]... rows) throws IOException {
    return write(new HSSFWorkbook(), sheet, rows);
  }

  private static byte[] write(Workbook wb, String name, Object[]... rows) throws IOException {
    try (wb) {
      Sheet sheet = wb.createSheet(name);
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) continue;
          if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
          else row.createCell(c).setCellValue(v.toString());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
