package org.redress.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's result as Markdown (for people) and JSON (for tools): each figure with its raw
 * counterpart, the ratio, the target and whether it is met, and the machine and data it ran on.
 */
final class Report {

  private final Map<String, String> machine = new LinkedHashMap<>();
  private final Map<String, String> data = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final boolean smoke;
  private final Instant started;

  Report(boolean smoke, Instant started) {
    this.smoke = smoke;
    this.started = started;
  }

  void machine(String key, String value) {
    machine.put(key, value);
  }

  void data(String key, String value) {
    data.put(key, value);
  }

  void add(Figure figure) {
    figures.add(figure);
  }

  void note(String note) {
    notes.add(note);
  }

  List<Figure> figures() {
    return List.copyOf(figures);
  }

  List<Figure> misses() {
    return figures.stream().filter(f -> f.hasTarget() && !f.pass()).toList();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Redress benchmark")
        .append(smoke ? " (smoke run: targets reported, not enforced)" : "")
        .append("\n\n");
    md.append("Run started ").append(started).append(".\n\n");
    md.append("## Machine\n\n| what | value |\n|---|---|\n");
    machine.forEach(
        (k, v) -> md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
    md.append("\n## Data\n\n| what | value |\n|---|---|\n");
    data.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
    md.append("\n## Figures\n\n")
        .append("| figure | Redress | raw database | ratio | target | result | how |\n")
        .append("|---|---:|---:|---:|---|---|---|\n");
    for (Figure f : figures) {
      md.append("| ")
          .append(cell(f.name()))
          .append(" | ")
          .append(Figure.format(f.value()))
          .append(' ')
          .append(f.unit())
          .append(" | ")
          .append(Double.isNaN(f.raw()) ? "-" : Figure.format(f.raw()) + " " + f.unit())
          .append(" | ")
          .append(
              Double.isNaN(f.ratio())
                  ? "-"
                  : String.format(java.util.Locale.ROOT, "%.2f", f.ratio()))
          .append(" | ")
          .append(cell(f.target()))
          .append(" | ")
          .append(!f.hasTarget() ? "" : f.pass() ? "pass" : "**miss**")
          .append(" | ")
          .append(cell(f.note()))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("smoke", smoke);
    root.put("started", started.toString());
    ObjectNode machineNode = root.putObject("machine");
    machine.forEach(machineNode::put);
    ObjectNode dataNode = root.putObject("data");
    data.forEach(dataNode::put);
    ArrayNode list = root.putArray("figures");
    for (Figure f : figures) {
      ObjectNode node = list.addObject();
      node.put("name", f.name());
      node.put("unit", f.unit());
      node.put("value", f.value());
      if (Double.isNaN(f.raw())) {
        node.putNull("raw");
        node.putNull("ratio");
      } else {
        node.put("raw", f.raw());
        node.put("ratio", f.ratio());
      }
      if (f.hasTarget()) {
        node.put("target", f.target());
        node.put("pass", f.pass());
      } else {
        node.putNull("target");
        node.putNull("pass");
      }
      node.put("note", f.note());
    }
    ArrayNode notesNode = root.putArray("notes");
    notes.forEach(notesNode::add);
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes benchmark-report.md and benchmark-report.json into the directory. */
  List<Path> write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path md = directory.resolve("benchmark-report.md");
    Path json = directory.resolve("benchmark-report.json");
    Files.writeString(md, markdown(), StandardCharsets.UTF_8);
    Files.writeString(json, json(), StandardCharsets.UTF_8);
    return List.of(md, json);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
