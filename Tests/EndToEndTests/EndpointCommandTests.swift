import Foundation
import Testing

/// The scripted commands on a real Oxigraph endpoint give the answers they
/// give on the same data as a file: the same cards, search hits, paths and
/// neighbourhoods. Order can differ where the file's order is only the
/// order of its lines (attributes, groups, ties), so that is compared as sets.
@Suite("Commands on a SPARQL endpoint")
struct EndpointCommandTests {
  static let entity = "https://kg.invalid/entity/"

  func fixture() throws -> EndpointFixture { try EndpointFixture.shared.get() }

  @Test(
    "kg show gives the same card", arguments: ["alimama", "alibaba", "pku", "ustc", "damo-academy"])
  func sameCard(id: String) throws {
    let (file, endpoint) = try fixture().both(["show", Self.entity + id, "--json"])
    #expect(file.status == 0 && endpoint.status == 0, "\(endpoint.error)")
    #expect(try Self.card(endpoint.output) == Self.card(file.output))
  }

  @Test(
    "kg search finds the same entities",
    arguments: ["peking", "alibaba", "univ china", "lab", "阿里", "hefei"])
  func sameSearchHits(query: String) throws {
    let (file, endpoint) = try fixture().both(["search", query])
    #expect(file.status == 0 && endpoint.status == 0, "\(endpoint.error)")
    #expect(Set(Self.ids(endpoint.output)) == Set(Self.ids(file.output)))
  }

  @Test(
    "kg search --batch, long enough to fetch the label index, finds the same entities",
    arguments: [[], ["--no-label-index"]])
  func sameBatchHits(extra: [String]) throws {
    // Without the index, search finds no candidates for a type alone and
    // only those of one side of `|`, so those two are left out.
    let queries =
      ["peking", "alibaba", "univ china", "lab", "阿里", "hefei", "china", "beijing", "ai lab"]
      + (extra.isEmpty ? ["type:company", "pku | ustc"] : [])
    let batch = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-e2e-batch-\(UUID().uuidString).txt").path
    let lines = Array(repeating: queries, count: 5).flatMap { $0 }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: batch, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: batch) }
    let (file, endpoint) = try fixture().both(
      ["search", "--batch", batch, "--limit", "100"] + extra)
    #expect(file.status == 0 && endpoint.status == 0, "\(endpoint.error)")
    let fileHits = try Self.batchIDs(file.output)
    let endpointHits = try Self.batchIDs(endpoint.output)
    #expect(fileHits.count == lines.count && endpointHits.count == lines.count)
    for (query, (found, expected)) in zip(lines, zip(endpointHits, fileHits)) {
      #expect(found == expected, "\(query)")
    }
  }

  @Test(
    "kg path finds a path as short",
    arguments: [("smic", "alimama"), ("alimama", "ustc"), ("pku", "hefei"), ("scmp", "amd")])
  func samePathLength(from: String, to: String) throws {
    let (file, endpoint) = try fixture().both([
      "path", Self.entity + from, Self.entity + to, "--json",
    ])
    #expect(file.status == endpoint.status, "\(endpoint.error)")
    #expect(try Self.pathLength(endpoint.output) == Self.pathLength(file.output))
  }

  @Test("kg neighbors lists the same entities", arguments: [1, 2])
  func sameNeighbours(depth: Int) throws {
    let (file, endpoint) = try fixture().both(
      ["neighbors", Self.entity + "alibaba", "--depth", "\(depth)"])
    #expect(file.status == 0 && endpoint.status == 0, "\(endpoint.error)")
    let lines = { (output: String) in
      Set(
        output.split(separator: "\n").map {
          $0.split(separator: "\t").prefix(4).joined(separator: "\t")
        })
    }
    #expect(lines(endpoint.output) == lines(file.output))
  }

  @Test("A name names the entity, as it does for a file")
  func nameResolves() throws {
    let (file, endpoint) = try fixture().both(["show", "Peking University", "--json"])
    #expect(endpoint.status == 0, "\(endpoint.error)")
    #expect(try Self.card(endpoint.output) == Self.card(file.output))
  }

  @Test("An unknown name exits 1 with one line")
  func unknownName() throws {
    let result = try ProcessRunner.run(
      Paths.kg, ["show", "No Such Entity Anywhere", "--sparql", fixture().url])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("kg: no entity at 127.0.0.1:"))
    #expect(result.error.split(separator: "\n").count == 1)
  }

  @Test("An endpoint that is down exits 2 with one line")
  func endpointDown() throws {
    let result = try ProcessRunner.run(
      Paths.kg, ["show", Self.entity + "alibaba", "--sparql", "http://127.0.0.1:9/query"])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("kg: "))
    #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
  }

  @Test("kg export --around writes the neighbourhood the file's export writes")
  func exportAround() throws {
    let arguments = [
      "export", "--around", Self.entity + "alimama", "--depth", "1", "--format", "json",
    ]
    let file = try ProcessRunner.run(Paths.kg, arguments + ["--data", fixture().file])
    let endpoint = try ProcessRunner.run(Paths.kg, arguments + ["--sparql", fixture().url])
    #expect(endpoint.status == 0, "\(endpoint.error)")
    #expect(try Self.entityIDs(endpoint.output) == Self.entityIDs(file.output))
  }

  // MARK: - Reading the outputs

  /// A card's JSON with the parts whose order follows the file's lines made
  /// order-free. A symmetric relation is stored once, from whichever end its
  /// graph lists first, so its group can be outgoing in one graph and
  /// incoming (or split across both) in the other: groups are merged by
  /// type and label, which also says the direction of the others.
  static func card(_ json: String) throws -> NSDictionary {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    var card = object
    card["aliases"] = Set((object["aliases"] as? [String]) ?? [])
    var groups: [String: (count: Int, relations: Set<NSDictionary>)] = [:]
    for group in (object["relationGroups"] as? [[String: Any]]) ?? [] {
      let key = "\(group["type"] ?? "") \(group["label"] ?? "")"
      let relations = ((group["relations"] as? [[String: Any]]) ?? []).map {
        NSDictionary(dictionary: $0)
      }
      groups[key, default: (0, [])].count += group["count"] as? Int ?? 0
      groups[key, default: (0, [])].relations.formUnion(relations)
    }
    card["relationGroups"] = groups.mapValues {
      NSDictionary(dictionary: ["count": $0.count, "relations": $0.relations])
    }
    return NSDictionary(dictionary: card)
  }

  static func ids(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t")
      return fields.count > 1 && !(fields.last ?? "").hasPrefix("id") ? String(fields[1]) : nil
    }
  }

  /// Each batch line's result ids.
  static func batchIDs(_ output: String) throws -> [Set<String>] {
    try output.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let results = object?["results"] as? [[String: Any]] ?? []
      return Set(results.compactMap { $0["id"] as? String })
    }
  }

  static func pathLength(_ json: String) throws -> Int? {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let paths = object?["paths"] as? [[Any]]
    return paths?.first?.count
  }

  static func entityIDs(_ json: String) throws -> Set<String> {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let entities = object?["entities"] as? [[String: Any]] ?? []
    return Set(entities.compactMap { $0["id"] as? String })
  }
}
