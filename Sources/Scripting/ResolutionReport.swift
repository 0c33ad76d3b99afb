import GraphSearch
import KnowledgeGraph

/// Messages for a name that names no entity, or several.
public struct ResolutionReport: Sendable {
  public let graph: Graph
  /// Candidates named in one message line before "and N more".
  public static let listedCandidates = 10

  public init(graph: Graph) { self.graph = graph }

  /// One line for stderr (without the `kg: ` prefix), or nil when the entity was found.
  public func message(for query: String, resolution: EntityResolution) -> String? {
    let quoted = "\"" + TerminalSafeText.singleLine(query) + "\""
    switch resolution {
    case .found: return nil
    case .ambiguous(let candidates):
      return "\(quoted) is ambiguous: \(listing(candidates)); give an id"
    case .notFound(let suggestions) where suggestions.isEmpty:
      return "no entity matches \(quoted)"
    case .notFound(let suggestions):
      return "no entity matches \(quoted); did you mean \(listing(suggestions))?"
    }
  }

  private func listing(_ entities: [EntityIndex]) -> String {
    let named = entities.prefix(Self.listedCandidates).map { entity in
      TerminalSafeText.singleLine(graph.id(of: entity)) + " ("
        + TerminalSafeText.singleLine(graph.name(of: entity)) + ")"
    }
    let hidden = entities.count - named.count
    return named.joined(separator: ", ") + (hidden > 0 ? ", and \(hidden) more" : "")
  }

  /// `{"error": "ambiguous"|"notFound", "query": …, "candidates": [reference]}`, or
  /// nil when the entity was found.
  public func json(for query: String, resolution: EntityResolution) -> JSONOutput? {
    let (error, candidates): (String, [EntityIndex])
    switch resolution {
    case .found: return nil
    case .ambiguous(let entities): (error, candidates) = ("ambiguous", entities)
    case .notFound(let suggestions): (error, candidates) = ("notFound", suggestions)
    }
    return .object([
      ("error", .string(error)), ("query", .string(query)),
      ("candidates", .array(candidates.map { EntityJSON.reference($0, in: graph) })),
    ])
  }
}
