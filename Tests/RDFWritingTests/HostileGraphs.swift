import KnowledgeGraph

/// Graphs whose every text field is hostile: quotes, backslashes, line
/// breaks, all of U+0000–U+001F, DEL and C1 controls, bidi overrides, emoji,
/// CJK, spaces and the characters IRIs exclude.
enum HostileGraphs {
  static let texts: [String] = [
    "quote \" backslash \\ newline \n return \r tab \t",
    String(String.UnicodeScalarView((0..<32).map { Unicode.Scalar(UInt8($0)) })),
    "del \u{7F} c1 \u{85}\u{9B}",
    "rlo \u{202E}desrever\u{202C} lrm \u{200E} isolate \u{2066}x\u{2069}",
    "emoji 😀👩‍👩‍👧 CJK 合肥 語音",
    "space > < { } | ^ ` \\ \" in it",
    "percent %41 %zz",
    ".dot first and last.",
    "-dash first",
    "kg-reserved",
    "_:looks blank",
    "",
  ]

  /// kg's JSON kind: every hostile text as id, name, alias, description,
  /// type, attribute key and value, relation type, source key and quote.
  static func plain() -> Graph {
    var builder = GraphBuilder()
    let entities = texts.enumerated().map { number, text in
      builder.addEntity(
        id: "id \(number) \(text)", name: text, type: text, aliases: [text], description: text,
        attributes: [Attribute(key: text, value: .string(text))])!
    }
    for (number, text) in texts.enumerated() {
      builder.declareRelationType(
        key: "type \(text)", label: text, inverseLabel: text + "!", isSymmetric: false)
      builder.addRelation(
        from: entities[number], type: builder.relationType(forKey: "type \(text)"),
        to: entities[(number + 1) % entities.count], source: "source \(text)", quote: text,
        attributes: [Attribute(key: text, value: .array([.string(text), .number("1")]))])
    }
    let sources = texts.map {
      Source(key: "source \($0)", title: $0, publisher: $0, published: $0, url: $0)
    }
    return builder.build(
      metadata: DatasetMetadata(title: texts[0], description: texts[1], sources: sources)
    ).graph
  }

  /// The RDF kind: hostile local names, blank node labels, attribute keys
  /// and a namespace IRI that holds characters no IRI may.
  static func withIRIs() -> Graph {
    var builder = GraphBuilder()
    let ids = texts.flatMap { ["ex:\($0)", "_:\($0)", "odd:\($0)"] } + ["wd:Q1"]
    let entities = ids.map { id in
      builder.addEntity(
        id: id, name: id, type: nil, aliases: [], description: nil,
        attributes: [
          Attribute(key: "ex:\(id)", value: .string(id)),
          Attribute(key: "ex:note@en-GB", value: .string(id)),
          Attribute(key: "ex:when^^ex:\(id)", value: .string(id)),
        ])!
    }
    for (number, entity) in entities.enumerated() {
      builder.addRelation(
        from: entity, type: builder.relationType(forKey: "ex:\(texts[number % texts.count])"),
        to: entities[(number + 1) % entities.count], source: nil, quote: ids[number],
        attributes: [])
    }
    let namespaces = [
      Namespace(prefix: "ex", iri: "http://example.org/"),
      Namespace(prefix: "odd", iri: "http://odd.example/a b>\"{}|^`\\\u{1}\u{202E}/"),
      Namespace(prefix: "wd", iri: "http://www.wikidata.org/entity/"),
    ]
    return builder.build(
      metadata: DatasetMetadata(
        title: "hostile", description: nil, sources: [], namespaces: namespaces)
    ).graph
  }
}
