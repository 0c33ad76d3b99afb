import ArgumentParser
import Foundation
import KnowledgeGraph
import Scripting

/// What every query command shares: the dataset, `--json`, and turning
/// what the user typed into entities and relation types, with the
/// documented exit codes when that fails.
struct QueryOptions: ParsableArguments {
  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Print JSON (schema in docs/json-output.md) instead of text.")
  var json = false

  /// Colour only for a person: stdout is a terminal and `NO_COLOR` is unset or empty.
  var textStyle: TextStyle {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TextStyle(isColored: StandardOutput.isTerminal && !noColor)
  }

  /// The entity a name or id stands for; otherwise exits 1 (see `EntityLookup`).
  func resolve(_ text: String, in graph: Graph) -> EntityIndex {
    EntityLookup.resolve(text, in: graph, json: json)
  }

  /// The relation types named by `--via` or `--type`, nil for none named; an
  /// unknown name is a usage error (exit 2).
  func relationFilter(_ names: [String], in graph: Graph) -> RelationTypeFilter? {
    guard !names.isEmpty else { return nil }
    do {
      return try RelationTypeFilter(names: names, in: graph)
    } catch {
      let hint =
        error.suggestions.isEmpty
        ? "" : "; did you mean \(error.suggestions.joined(separator: ", "))?"
      fail("unknown relation type \"\(TerminalSafeText.singleLine(error.name))\"\(hint)")
    }
  }

  /// Prints a JSON document, or text that already ends in a newline.
  func emit(json document: @autoclosure () -> JSONOutput, text: @autoclosure () -> String) {
    StandardOutput.emit(json ? document().rendered(pretty: true) + "\n" : text())
  }
}
