@testable import Browser
import GraphSearch
import KnowledgeGraph
import Testing

/// Dataset text must never reach the terminal raw: every view escapes it.
@Suite struct HostileTextTests {
  static let payload = "\u{1B}[2J\u{1B}]0;pwned\u{07}"

  static let graph: Graph = {
    var builder = GraphBuilder()
    let evil = builder.addEntity(
      id: "evil\u{1B}", name: payload, type: "Ty\u{9B}pe", aliases: ["\u{202E}gnp.exe", "\u{301}"],
      description: "line\u{1B}[31m\n\tred\u{7F}\u{2066}",
      attributes: [Attribute(key: "k\u{1B}", value: .string("v\u{200B}\u{7}"))])!
    let good = builder.addEntity(
      id: "good", name: "Good", type: "Thing", aliases: [], description: nil, attributes: [])!
    builder.declareRelationType(
      key: "r", label: "links\u{1B}[5m", inverseLabel: "linked\u{202D}", isSymmetric: false)
    builder.addRelation(
      from: evil, type: builder.relationType(forKey: "r"), to: good, source: "s",
      quote: payload + "quote", attributes: [Attribute(key: "a\u{1B}", value: .string("\u{9C}"))])
    let metadata = DatasetMetadata(
      title: "Title" + payload, description: nil,
      sources: [
        Source(key: "s", title: "Src" + payload, publisher: "\u{1B}P", published: nil, url: nil)
      ])
    return builder.build(metadata: metadata).graph
  }()

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  static func unsafeCells(_ buffer: ScreenBuffer) -> [String] {
    buffer.cells.map(\.text).filter { $0.unicodeScalars.contains(where: isUnsafe) }
  }

  func check(
    _ state: BrowserState, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let buffer = Screens.render(state)
    #expect(
      Self.unsafeCells(buffer).isEmpty, "raw control text in \(screen)",
      sourceLocation: sourceLocation)
    #expect(
      buffer.text.contains("\\u{1B}"), "escape shown visibly in \(screen)",
      sourceLocation: sourceLocation)
  }

  @Test func everyViewEscapesDatasetText() {
    let graph = Self.graph
    let evil = graph.entityIndex(forID: "evil\u{1B}")!
    let size = ScreenSize(columns: 120, rows: 40)
    var state = BrowserState(graph: graph, start: nil, size: size)
    check(state, "list and header")
    _ = state.handle(.key(.enter))
    check(state, "detail and provenance")
    _ = state.handle(.key(.character("t")))
    check(state, "label chooser")
    _ = state.handle(.key(.escape))
    _ = state.handle(.key(.character("/")))
    _ = state.handle(.key(.character("\u{1B}")))
    let result = SearchResult(
      entity: evil, score: 1, field: .alias(0), matchedText: "\u{202E}gnp.exe", positions: [0, 1])
    _ = state.handle(.searchResults(generation: 1, results: [result]))
    check(state, "search results and query line")
    _ = state.handle(.searchResults(generation: 1, results: []))
    _ = state.handle(.key(.escape))
    _ = state.handle(.key(.character("?")))
    _ = state.handle(.key(.character("/")))
    _ = state.handle(.key(.character("\u{1B}")))
    #expect(Self.unsafeCells(Screens.render(state)).isEmpty, "help filter")
    _ = state.handle(.key(.escape))
    _ = state.handle(.key(.escape))
    _ = state.handle(.key(.character("p")))
    _ = state.handle(.key(.character("g")))
    let target = graph.entityIndex(forID: "good")!
    _ = state.handle(
      .searchResults(
        generation: 3,
        results: [
          SearchResult(entity: target, score: 1, field: .name, matchedText: "Good", positions: [])
        ]))
    _ = state.handle(.key(.enter))
    let edge = graph.edges(of: evil, direction: .outgoing)[0]
    _ = state.handle(.pathResult(generation: 4, steps: [PathStep(from: evil, edge: edge)]))
    check(state, "path view")
    for width in [20, 50, 80] {
      _ = state.handle(.resize(ScreenSize(columns: width, rows: 12)))
      #expect(Self.unsafeCells(Screens.render(state)).isEmpty, "width \(width)")
    }
  }
}
