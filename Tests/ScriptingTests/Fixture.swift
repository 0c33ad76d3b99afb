import Foundation
import JSONDataset
import KnowledgeGraph

/// The graphs the golden tests render: a crafted fixture and the bundled dataset.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  static var path: String { directory.appendingPathComponent("Fixtures/graph.json").path }

  static var bundledPath: String {
    directory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("data/kg.json").path
  }

  static let graph = load(path)
  static let bundled = load(bundledPath)

  static func load(_ path: String) -> Graph {
    do {
      return try DatasetLoader.load(path: path)
    } catch {
      fatalError("cannot load \(path): \(error.message)")
    }
  }

  static func entity(_ id: String, in graph: Graph = graph) -> EntityIndex {
    guard let entity = graph.entityIndex(forID: id) else { fatalError("no entity \(id)") }
    return entity
  }
}
