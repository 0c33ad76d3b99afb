import Testing

@testable import KnowledgeGraph

/// Entities and relations written the way `kg export` writes them take a
/// faster path (keys matched as literals); the same data with whitespace
/// after each ':' takes the general one. Both must give the same graph, or
/// the same first error.
struct CompactLayoutTests {
  private func outcome(_ text: String) -> String {
    do throws(LoadError) {
      let graph = try DatasetLoader.load(bytes: Array(text.utf8), name: "data.json")
      return DatasetExporter(graph: graph, selection: .whole(graph)).rendered()
    } catch {
      return error.message.split(separator: ": ", maxSplits: 1).last.map(String.init) ?? ""
    }
  }

  private func dataset(entities: [String], relations: [String]) -> String {
    """
    {"kg":1,"relationTypes":{"owns":{"label":"owns","inverse":"owned by"}},
    "entities":[\(entities.joined(separator: ",\n"))],
    "relations":[\(relations.joined(separator: ",\n"))]}
    """
  }

  /// Puts a space after every ':' outside strings, which no fast path takes.
  private func spaced(_ text: String) -> String {
    var result = ""
    var inString = false
    var escaped = false
    for character in text {
      result.append(character)
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character == "\"" {
        inString = true
      } else if character == ":" {
        result.append(" ")
      }
    }
    return result
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
    let compact = outcome(text)
    let general = outcome(spaced(text))
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
    #"{"id":"e","type":"Company"}"#,
    #"{"id":"e","name":"N","type":"Lab","aliases":"not a list"}"#,
    #"{"id":"","name":"Empty"}"#,
    #"{"id":"e","name":"N","type":"Lab","description":"D","attributes":[]}"#,
  ])
  func badEntitiesGiveTheSameError(entity: String) {
    expectSameOutcome(entities: Self.entities + [entity], relations: [])
  }
}
