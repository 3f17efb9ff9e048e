package org.redress.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Channel;
import org.redress.importing.ChangeMapping;
import org.redress.importing.CsvImports;
import org.redress.importing.ImportView;
import org.redress.platform.BusinessException;
import org.redress.platform.InvalidInputException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/import.xhtml}: upload a CSV file, see its header and first rows, map its
 * columns onto the fields of a complaint, start the import and watch its progress, then download
 * the rejected rows.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 10;

  @EJB CsvImports imports;

  private transient Part file;
  private String uploadDelimiter = "";
  private Long id;
  private ImportView current;
  private final Map<String, String> mapping = new LinkedHashMap<>();
  private String source;
  private Channel defaultChannel;
  private String delimiter;

  /** Reopens an import named in the address ({@code ?id=}). */
  public void load() {
    if (id != null && current == null) {
      try {
        show(imports.find(id));
      } catch (BusinessException missing) {
        FormErrors.show(missing, "upload", Map.of());
        id = null;
      }
    }
  }

  public String upload() {
    if (file == null) {
      FormErrors.show(
          new InvalidInputException(
              "file",
              FormErrors.text(
                  jakarta.faces.context.FacesContext.getCurrentInstance(), "import.chooseFile")),
          "upload",
          Map.of("file", "file"));
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      ImportView uploaded =
          imports.upload(file.getSubmittedFileName(), in.readAllBytes(), uploadDelimiter);
      return "/app/admin/import?faces-redirect=true&id=" + uploaded.id();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "upload", Map.of("file", "file", "delimiter", "uploadDelimiter"));
      return null;
    } catch (IOException e) {
      FormErrors.show(
          new InvalidInputException("file", e.getMessage()), "upload", Map.of("file", "file"));
      return null;
    }
  }

  /** Saves the mapping as the user left it and shows the first rows again. */
  public void applyMapping() {
    try {
      show(imports.map(current.id(), change()));
    } catch (BusinessException refused) {
      FormErrors.show(refused, "mapping", inputs());
    }
  }

  public void start() {
    try {
      imports.map(current.id(), change());
      show(imports.start(current.id(), null));
    } catch (BusinessException refused) {
      FormErrors.show(refused, "mapping", inputs());
    }
  }

  /** Called by the page's poll while the job runs. */
  public void refresh() {
    if (current != null) {
      current = imports.find(current.id());
    }
  }

  private ChangeMapping change() {
    Map<String, String> chosen = new LinkedHashMap<>();
    mapping.forEach(
        (field, column) -> {
          if (column != null && !column.isBlank()) {
            chosen.put(field, column);
          }
        });
    return new ChangeMapping(chosen, source, defaultChannel, delimiter);
  }

  /** The inputs outside the mapping table; a column's error is shown at the top with its field. */
  private static Map<String, String> inputs() {
    return Map.of("source", "source", "delimiter", "delimiter");
  }

  private void show(ImportView view) {
    current = view;
    id = view.id();
    mapping.clear();
    view.fields().forEach(field -> mapping.put(field, view.mapping().getOrDefault(field, "")));
    source = view.source();
    defaultChannel = Channel.valueOf(view.defaultChannel());
    delimiter = view.delimiter();
  }

  public List<ImportView> getLatest() {
    return imports.latest(LATEST);
  }

  public boolean isRunning() {
    return current != null && !"UPLOADED".equals(current.status()) && !current.finished();
  }

  public List<Channel> getChannels() {
    return Arrays.asList(Channel.values());
  }

  public ImportView getCurrent() {
    return current;
  }

  public Map<String, String> getMapping() {
    return mapping;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getUploadDelimiter() {
    return uploadDelimiter;
  }

  public void setUploadDelimiter(String uploadDelimiter) {
    this.uploadDelimiter = uploadDelimiter;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Channel getDefaultChannel() {
    return defaultChannel;
  }

  public void setDefaultChannel(Channel defaultChannel) {
    this.defaultChannel = defaultChannel;
  }

  public String getDelimiter() {
    return delimiter;
  }

  public void setDelimiter(String delimiter) {
    this.delimiter = delimiter;
  }
}
