package socialbench.land;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of a spreadsheet (.xls or .xlsx, read with Apache POI) as records of text fields: numbers in
 * plain notation ("2633", "0.053"), date cells as ISO dates or timestamps, empty cells as "".
 */
final class SheetRecords {
  private static final DateTimeFormatter ISO_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SheetRecords() {}

  static List<SourceRecord> read(Sheet sheet) {
    List<SourceRecord> out = new ArrayList<>();
    for (Row row : sheet) {
      int last = row.getLastCellNum();
      if (last <= 0) continue;
      String[] fields = new String[last];
      for (int i = 0; i < last; i++) {
        fields[i] = text(row.getCell(i));
      }
      int n = last;
      while (n > 1 && fields[n - 1].isEmpty()) n--;
      String[] trimmed = n == last ? fields : java.util.Arrays.copyOf(fields, n);
      out.add(new SourceRecord(row.getRowNum() + 1L, trimmed, String.join(",", trimmed), false, false, true));
    }
    return out;
  }

  private static String text(Cell cell) {
    if (cell == null) return "";
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case BOOLEAN:
        return String.valueOf(cell.getBooleanCellValue());
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime t = cell.getLocalDateTimeCellValue();
          return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : ISO_TS.format(t);
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      default:
        return "";
    }
  }
}
