@testable import JSONDataset
import KnowledgeGraph
import Testing

/// Entities and relations written the way `kg export` writes them take a
/// faster path (keys matched as literals); the same data with whitespace
/// after each ':' takes the general one. Both must give the same graph, or
/// the same first error.
struct CompactLayoutTests {
  /// The exported graph, or the first error as "offset message", with the
  /// offset mapped through `positions` back to the compact text.
  private func outcome(_ text: [UInt8], positions: [Int]? = nil) -> String {
    text.withUnsafeBufferPointer { input in
      var parser = DatasetParser(input, log: ProblemLog(stopsAtFirstError: true, isStrict: false))
      do throws(JSONError) {
        try parser.run(progress: { _ in })
      } catch {
        let offset = positions.map { $0[error.offset] } ?? error.offset
        return "\(offset) \(error.message)"
      }
      let metadata = parser.metadata(defaultTitle: "data.json")
      let graph = parser.takeBuilder().build(metadata: metadata).graph
      return DatasetExporter(graph: graph, selection: .whole(graph)).rendered()
    }
  }

  private func dataset(entities: [String], relations: [String]) -> String {
    """
    {"kg":1,"relationTypes":{"owns":{"label":"owns","inverse":"owned by"}},
    "entities":[\(entities.joined(separator: ",\n"))],
    "relations":[\(relations.joined(separator: ",\n"))]}
    """
  }

  /// Puts a space before every ':' outside strings, which no fast path
  /// takes, and says for each byte of the result where it was in `text`.
  private func spaced(_ text: String) -> (bytes: [UInt8], positions: [Int]) {
    var bytes: [UInt8] = []
    var positions: [Int] = []
    var (inString, escaped) = (false, false)
    for (position, byte) in text.utf8.enumerated() {
      if !inString && byte == UInt8(ascii: ":") {
        bytes.append(UInt8(ascii: " "))
        positions.append(position)
      }
      bytes.append(byte)
      positions.append(position)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = inString
      } else if byte == UInt8(ascii: "\"") {
        inString.toggle()
      }
    }
    positions.append(text.utf8.count)
    return (bytes, positions)
  }

  private static let entities = [
    #"{"id":"a","name":"Alpha","type":"Company","aliases":["阿"],"description":"First.","attributes":{"founded":1999}}"#,
    #"{"id":"b","name":"Beta","type":"Lab","description":"Second."}"#,
    #"{"id":"中","name":"Zhong"}"#,
    #"{"name":"Delta","id":"d","type":"Company"}"#,
  ]

  @discardableResult
  private func expectSameOutcome(entities: [String] = Self.entities, relations: [String])
    -> String
  {
    let text = dataset(entities: entities, relations: relations)
    let compact = outcome(Array(text.utf8))
    let (bytes, positions) = spaced(text)
    let general = outcome(bytes, positions: positions)
    #expect(compact == general, "\(text)")
    return compact
  }

  @Test func validRelationsGiveTheSameGraph() {
    let export = expectSameOutcome(relations: [
      #"{"from":"a","type":"owns","to":"b"}"#,
      #"{"from":"a","type":"owns","to":"d","source":"x","quote":"q"}"#,
      #"{"from":"中","type":"owns","to":"a"}"#,
      #"{"from":"b","type":"new_type","to":"a","attributes":{"year":2022}}"#,
      #"{"type":"owns","from":"d","to":"b"}"#,
      #"{"from":"b","type":"o\u0077ns","to":"d"}"#,
    ])
    #expect(export.hasPrefix("{"))
  }

  @Test(arguments: [
    #"{"from":"a","type":"owns","to":"b","from":"d"}"#,
    #"{"from":"a","type":"","to":"b"}"#,
    #"{"from":"","type":"owns","to":"b"}"#,
    #"{"from":"a","type":"owns","to":"zz"}"#,
    #"{"from":"a","type":"owns","to":"b","quote":7}"#,
    #"{"from":"a","type":"owns","to":"b""#,
    #"{"from":"a","type":"owns"}"#,
    #"{"from":"a","type":"owns","to":"b",}"#,
  ])
  func badRelationsGiveTheSameError(relation: String) {
    expectSameOutcome(relations: [#"{"from":"a","type":"owns","to":"b"}"#, relation])
  }

  @Test(arguments: [
    #"{"id":"a","name":"Again"}"#,
    #"{"id":"e","name":"Twice","name":"Again"}"#,
    #"{"name":"Twice","id":"e","name":"Again"}"#,
    #"{"id":"e","type":"Company"}"#,
    #"{"id":"e","name":"N","type":"Lab","aliases":"not a list"}"#,
    #"{"id":"","name":"Empty"}"#,
    #"{"id":"e","name":"N","type":"Lab","description":"D","attributes":[]}"#,
  ])
  func badEntitiesGiveTheSameError(entity: String) {
    expectSameOutcome(entities: Self.entities + [entity], relations: [])
  }
}
