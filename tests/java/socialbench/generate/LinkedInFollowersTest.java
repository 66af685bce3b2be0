package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinkedIn's followers workbook as LinkedIn writes it: each row is the day's new followers, "Total
 * followers" = sponsored + organic, a few per day, not the page's follower count.
 */
class LinkedInFollowersTest {

  @Test
  void totalFollowersIsTheDaysNewFollowersSponsoredPlusOrganic(@TempDir Path inbox) throws IOException {
    InboxFiles.generate(inbox, 12, 1, 5, 0);
    List<String> workbooks = InboxFiles.list(inbox).stream().filter(f -> f.matches(".*/linkedin/.*_followers_.*\\.xlsx?")).toList();
    assertTrue(workbooks.size() >= 5, "linkedin followers workbooks: " + workbooks);
    long newFollowers = 0;
    for (String f : workbooks) {
      try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(InboxFiles.bytes(inbox.resolve(f))))) {
        Sheet sheet = wb.getSheet("New followers");
        Row row = sheet.getRow(1);
        long sponsored = (long) row.getCell(1).getNumericCellValue();
        long organic = (long) row.getCell(2).getNumericCellValue();
        long total = (long) row.getCell(3).getNumericCellValue();
        assertEquals(sponsored + organic, total, f);
        newFollowers += total;
      }
    }
    // the page counts of pages.csv on the same date: a day's new followers are a small fraction of them
    long pageFollowers = 0;
    String pages = new String(InboxFiles.bytes(InboxFiles.first(inbox, "_reference/.*/pages\\.csv")), StandardCharsets.UTF_8);
    for (String line : pages.split("\r?\n")) {
      String[] c = line.split(",");
      if (c.length >= 7 && c[1].equals("linkedin")) pageFollowers += Long.parseLong(c[c.length - 1].strip().replace("\"", ""));
    }
    assertTrue(pageFollowers > 0, pages);
    assertTrue(newFollowers < pageFollowers / 100, newFollowers + " new followers against " + pageFollowers + " followers");
  }
}
