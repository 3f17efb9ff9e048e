package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.redress.it.CsvFiles;

/**
 * An administrator imports a CSV export on the import page: uploads it, sees its first rows, maps
 * its columns, starts the import, watches the progress to the end and downloads the rejected rows.
 */
class ImportBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  /** The mapping table's rows, in the order of the import fields. */
  private static final List<String> COLUMNS =
      List.of(
          "Ticket",
          "Eingang",
          "Kanal",
          "Kategorie",
          "Kunde",
          "E-Mail",
          "Telefon",
          "",
          "",
          "",
          "",
          "Produkt",
          "Auftrag",
          "",
          "",
          "Beschreibung");

  @Test
  void uploadMapStartWatchAndDownloadTheRejectedRows() throws Exception {
    String marker = Cases.marker();
    CsvFiles.Export export = CsvFiles.export(marker, 160);
    Path file =
        Path.of(System.getProperty("basedir", ".")).resolve("target/import-" + marker + ".csv");
    Files.write(file, export.bytes());

    browser.signIn("admin");
    browser.submit("menuAdmin").submit("adminImport");
    browser.attach("upload:file", file).submit("upload:uploadButton");

    assertThat(browser.text("rowCount")).contains(String.valueOf(export.good() + export.bad()));
    assertThat(browser.text("sample")).contains("Ticket", "Beschreibung", "T-" + marker + "-1");
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (!COLUMNS.get(i).isEmpty()) {
        browser.select("mapping:fields:" + i + ":column", COLUMNS.get(i));
      }
    }
    browser.type("mapping:source", "browser-" + marker.substring(1, 9));
    browser.submit("mapping:start");

    browser.waitForText(By.id("status"), text.get("import.status.COMPLETED"));
    assertThat(browser.text("imported")).isEqualTo(String.valueOf(export.good()));
    assertThat(browser.text("rejected")).isEqualTo(String.valueOf(export.bad()));
    assertThat(browser.text("alreadyThere")).isEqualTo("0");
    assertThat(browser.text("finished")).isEqualTo(text.get("import.finished"));
    browser.shot("import-completed");

    String href = browser.waitFor(By.id("progress:rejectedLink")).getDomAttribute("href");
    Map<String, Object> download = browser.fetch(href);
    assertThat(download.get("status")).isEqualTo(200L);
    assertThat((String) download.get("type")).startsWith("text/csv");
    String csv = (String) download.get("text");
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(";line;reason");
    assertThat(csv).contains("T-" + marker + "-25", "complainant.email", "receivedAt");
  }
}
