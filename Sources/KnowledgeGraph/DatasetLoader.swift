import Foundation

/// Loads a dataset file into a `Graph`.
///
/// Temporary implementation on Foundation's JSONSerialization; replaced by the
/// byte-level parser.
public enum DatasetLoader {
  public static func load(path: String) throws(LoadError) -> Graph {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError("\(path): cannot read file")
    }
    let root: [String: Any]
    do {
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw LoadError("\(path): top level is not an object")
      }
      root = object
    } catch let error as LoadError {
      throw error
    } catch {
      throw LoadError("\(path): invalid JSON")
    }
    return try build(root, path: path)
  }

  private static func build(_ root: [String: Any], path: String) throws(LoadError) -> Graph {
    var builder = GraphBuilder()
    let sources = (root["sources"] as? [String: [String: Any]] ?? [:]).sorted { $0.key < $1.key }
      .map {
        Source(
          key: $0.key, title: $0.value["title"] as? String,
          publisher: $0.value["publisher"] as? String,
          published: $0.value["published"] as? String, url: $0.value["url"] as? String)
      }
    for (key, value) in root["relationTypes"] as? [String: [String: Any]] ?? [:] {
      builder.declareRelationType(
        key: key, label: value["label"] as? String, inverseLabel: value["inverse"] as? String,
        isSymmetric: value["symmetric"] as? Bool ?? false)
    }
    for entity in root["entities"] as? [[String: Any]] ?? [] {
      _ = builder.addEntity(
        id: entity["id"] as? String ?? "", name: entity["name"] as? String ?? "",
        type: entity["type"] as? String, aliases: entity["aliases"] as? [String] ?? [],
        description: entity["description"] as? String, attributes: [])
    }
    for relation in root["relations"] as? [[String: Any]] ?? [] {
      guard let from = builder.entityIndex(forID: relation["from"] as? String ?? ""),
        let to = builder.entityIndex(forID: relation["to"] as? String ?? "")
      else { throw LoadError("\(path): relation names an unknown entity") }
      let type = builder.relationType(forKey: relation["type"] as? String ?? "")
      builder.addRelation(
        from: from, type: type, to: to, source: relation["source"] as? String,
        quote: relation["quote"] as? String, attributes: [])
    }
    let metadata = DatasetMetadata(
      title: root["title"] as? String ?? path, description: root["description"] as? String,
      sources: sources)
    return builder.build(metadata: metadata).graph
  }
}
