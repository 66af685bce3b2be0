package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** LinkedIn workbooks open in Apache POI with the documented header, numeric metric cells, and identical bytes on every encode. */
class LinkedInWorkbookTest {
  private static final LocalDate DATE = LocalDate.of(2026, 10, 5);

  private static Table followers() {
    Table t = new Table("New followers", LinkedInExports.FOLLOWERS_HEADER, "Sponsored followers", "Organic followers", "Total followers");
    t.row("10/05/2026", "2", "37", "39");
    return t;
  }

  @Test
  void xlsxOpensInPoiWithHeaderTextAndNumericMetrics() throws IOException {
    assertReadable(XlsxEncoder.INSTANCE.encode(List.of(followers()), DATE));
  }

  @Test
  void xlsOpensInPoiWithHeaderTextAndNumericMetrics() throws IOException {
    assertReadable(XlsEncoder.INSTANCE.encode(List.of(followers()), DATE));
  }

  @Test
  void bothWorkbookFormatsEncodeToTheSameBytesEveryTime() {
    assertArrayEquals(XlsxEncoder.INSTANCE.encode(List.of(followers()), DATE), XlsxEncoder.INSTANCE.encode(List.of(followers()), DATE));
    assertArrayEquals(XlsEncoder.INSTANCE.encode(List.of(followers()), DATE), XlsEncoder.INSTANCE.encode(List.of(followers()), DATE));
  }

  private static void assertReadable(byte[] bytes) throws IOException {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheet("New followers");
      Row header = sheet.getRow(0);
      for (int c = 0; c < 4; c++) assertEquals(LinkedInExports.FOLLOWERS_HEADER[c], header.getCell(c).getStringCellValue());
      Row row = sheet.getRow(1);
      assertEquals("10/05/2026", row.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
      assertEquals(39.0, row.getCell(3).getNumericCellValue());
      assertEquals(37.0, row.getCell(2).getNumericCellValue());
    }
  }
}
