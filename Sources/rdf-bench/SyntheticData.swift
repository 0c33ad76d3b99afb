import Foundation

/// Writes the same synthetic graph as N-Triples and as prefixed Turtle: entities with
/// language-tagged labels, links grouped with `;` and `,`, integers, and some literals with
/// escapes, five triples per entity.
enum SyntheticData {
  static let triplesPerEntity = 5

  static func write(triples: Int, nTriples: URL, turtle: URL) throws {
    let entities = triples / triplesPerEntity
    let ntWriter = try ChunkWriter(nTriples)
    let ttlWriter = try ChunkWriter(turtle)
    ttlWriter.append(
      "@prefix e: <http://example.org/entity/> .\n@prefix p: <http://example.org/prop/> .\n"
        + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n")
    for index in 0..<entities {
      let subject = "<http://example.org/entity/\(index)>"
      let first = (index &* 7919) % max(entities, 1)
      let second = (index &* 104_729 + 1) % max(entities, 1)
      let label = index % 10 == 0 ? "Entity \\\"\(index)\\\"\\twith escapes" : "Entity \(index)"
      ntWriter.append(
        "\(subject) <http://www.w3.org/2000/01/rdf-schema#label> \"\(label)\"@en .\n"
          + "\(subject) <http://www.w3.org/2000/01/rdf-schema#label> \"Entität \(index)\"@de .\n"
          + "\(subject) <http://example.org/prop/knows> <http://example.org/entity/\(first)> .\n"
          + "\(subject) <http://example.org/prop/knows> <http://example.org/entity/\(second)> .\n"
          + "\(subject) <http://example.org/prop/rank> "
          + "\"\(index % 1000)\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")
      ttlWriter.append(
        "e:\(index) rdfs:label \"\(label)\"@en , \"Entität \(index)\"@de ;\n"
          + "  p:knows e:\(first) , e:\(second) ;\n  p:rank \(index % 1000) .\n")
    }
    try ntWriter.close()
    try ttlWriter.close()
  }
}
