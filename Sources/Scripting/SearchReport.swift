import GraphSearch
import KnowledgeGraph

/// Renders `kg search` output: text lines for people, JSON for scripts.
///
/// Kept apart from argument parsing so every format is unit-tested. Dataset
/// strings in text output are escaped with `TerminalSafeText.singleLine`, so a
/// name can never control the terminal; JSON escapes through `JSONOutput`.
public enum SearchReport {
  /// One line per result, tab-separated: rank, id, name, type, matched field
  /// (for an alias, also the alias), e.g. `2⇥pku⇥Peking University⇥University⇥alias: 北大`.
  public static func textLines(_ results: [SearchResult], in graph: Graph) -> [String] {
    results.enumerated().map { rank, result in
      let entity = result.entity
      return [
        String(rank + 1), graph.id(of: entity), graph.name(of: entity), graph.type(of: entity),
        fieldText(result),
      ].map(TerminalSafeText.singleLine).joined(separator: "\t")
    }
  }

  /// The results as a JSON array, best first; the schema is in `docs/search.md`.
  public static func json(_ results: [SearchResult], in graph: Graph) -> JSONOutput {
    .array(results.enumerated().map { rank, result in json(result, rank: rank + 1, in: graph) })
  }

  /// One `--batch` output line: `{"query": …, "results": […], "suggestions": […]}`;
  /// suggestions are listed only when there are no results.
  public static func batchLine(
    query: String, results: [SearchResult], suggestions: [EntityIndex], in graph: Graph
  ) -> String {
    var members: [(key: String, value: JSONOutput)] = [
      ("query", .string(query)), ("results", json(results, in: graph)),
    ]
    if results.isEmpty {
      members.append(("suggestions", .array(suggestions.map { entityReference($0, in: graph) })))
    }
    return JSONOutput.object(members).rendered()
  }

  /// The message for a query without results, e.g.
  /// `no match for "alibabba"; did you mean Alibaba?`.
  public static func noMatchMessage(query: String, suggestions: [EntityIndex], in graph: Graph)
    -> String
  {
    let quoted = "no match for \"\(TerminalSafeText.singleLine(query))\""
    let names = suggestions.map { TerminalSafeText.singleLine(graph.name(of: $0)) }
    guard let last = names.last else { return quoted }
    let listed = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    return "\(quoted); did you mean \(listed)?"
  }

  private static func fieldText(_ result: SearchResult) -> String {
    switch result.field {
    case .alias: "alias: " + result.matchedText
    default: fieldName(result.field)
    }
  }

  private static func fieldName(_ field: MatchedField) -> String {
    switch field {
    case .name: "name"
    case .alias: "alias"
    case .id: "id"
    case .type: "type"
    case .description: "description"
    }
  }

  private static func json(_ result: SearchResult, rank: Int, in graph: Graph) -> JSONOutput {
    let entity = result.entity
    var members: [(key: String, value: JSONOutput)] = [
      ("rank", .int(rank)), ("id", .string(graph.id(of: entity))),
      ("name", .string(graph.name(of: entity))), ("type", .string(graph.type(of: entity))),
      ("score", .int(result.score)), ("kind", .string(result.kind.label)),
      ("field", .string(fieldName(result.field))),
    ]
    if case .alias(let position) = result.field { members.append(("alias", .int(position))) }
    members.append(("matched", .string(result.matchedText)))
    members.append(("positions", .array(result.positions.map { .int($0) })))
    return .object(members)
  }

  private static func entityReference(_ entity: EntityIndex, in graph: Graph) -> JSONOutput {
    .object([("id", .string(graph.id(of: entity))), ("name", .string(graph.name(of: entity)))])
  }
}
