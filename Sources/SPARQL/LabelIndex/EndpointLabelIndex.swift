import GraphSearch
import KnowledgeGraph
import RDF

/// Every search result's card from an endpoint without a text index,
/// fetched once: each entity's names, aliases, descriptions and types, and
/// the labels of the types. Search then ranks them with kg's own index in
/// milliseconds, where `CONTAINS` scans every label on the endpoint for each
/// query (0.7 s at 100k entities on Oxigraph, docs/performance.md).
///
/// The top results' cards are the lines `PageQueries.cards(of:)` would
/// fetch for them, read and ranked again exactly as the endpoint's
/// candidates are, so a result reads the same either way; only the
/// candidates differ, and for the better: all matches, ranked by kg, not the
/// first few hundred the endpoint found containing the query's longest word.
public struct EndpointLabelIndex: Sendable {
  /// Card triples (names, aliases, descriptions, types) an endpoint may hold
  /// for kg to fetch them all: about 100 bytes each at most, so the index
  /// stays within a few hundred MiB. Endpoints larger than that are the
  /// public ones, which have a text index of their own (`TextIndex`).
  public static let defaultCap = 2_000_000
  /// Results ranked by the index beyond those asked for, then ranked again
  /// from their cards: the two orders agree, and the margin keeps the
  /// results right should a tie break differently.
  static let margin = 20

  let index: SearchIndex
  let cards: CardLines
  let typeLabels: CardLines
  let endpointName: String
  let options: RDFLoadOptions
  /// Card triples the endpoint sent, kept or not (for a stored index, the
  /// count it answered then).
  public let tripleCount: Int
  /// The endpoint's count of card triples when they were fetched: a later
  /// count that differs means the endpoint changed.
  public let endpointCount: Int
  /// Bytes of card text kept, besides the index's own graph.
  public var cardBytes: Int { cards.bytes.count + typeLabels.bytes.count }
  /// Entities the index searches.
  public var entityCount: Int { index.graph.entityCount }

  /// Counts the endpoint's card triples, then, if there are at most `cap`,
  /// fetches them whole (names, descriptions and types apart) with the
  /// types' labels and the resources search leaves out: six queries.
  /// Throws when the endpoint has more than `cap`, fails, or cuts an answer
  /// short, so that a caller keeps `CONTAINS`. A caller that has just
  /// counted passes the count as `counted`, which saves the first query.
  public static func fetch(
    from source: EndpointSource, cap: Int = defaultCap, counted: Int? = nil,
    cancellation: RequestCancellation? = nil
  ) throws(EndpointFailure) -> EndpointLabelIndex {
    var count = counted ?? 0
    if counted == nil { count = try cardCount(at: source, cap: cap, cancellation: cancellation) }
    guard count <= cap else {
      throw EndpointFailure("\(source.name) has more than \(cap) names, aliases and types")
    }
    let cards = try entityCards(at: source, cancellation: cancellation)
    guard cards.documentTriples >= count else {
      throw EndpointFailure("\(source.name) sent \(cards.documentTriples) of \(count) card triples")
    }
    let types = try complete(
      source.construct(PageQueries.allTypeDeclarations, cancellation: cancellation))
    return try EndpointLabelIndex(
      cards: cards, typeLabels: CardLines(types.bytes), tripleCount: cards.documentTriples,
      endpointCount: count, source: source)
  }

  /// The index kept from an earlier session, read again with `source`'s
  /// options: no query. Throws when the stored lines do not read as triples.
  public init(stored: StoredLabelIndex, source: EndpointSource) throws(EndpointFailure) {
    try self.init(
      cards: CardLines(grouped: stored.cards), typeLabels: CardLines(grouped: stored.typeLabels),
      tripleCount: stored.endpointCount, endpointCount: stored.endpointCount, source: source)
  }

  /// What a later session needs to search without fetching again.
  public var stored: StoredLabelIndex {
    StoredLabelIndex(endpointCount: endpointCount, cards: cards.bytes, typeLabels: typeLabels.bytes)
  }

  /// The cards of every IRI with a name, alias or description that search
  /// does not leave out.
  private static func entityCards(at source: EndpointSource, cancellation: RequestCancellation?)
    throws(EndpointFailure) -> CardLines
  {
    var document: [UInt8] = []
    for query in PageQueries.allCards {
      document += try complete(source.construct(query, cancellation: cancellation)).bytes
      document.append(UInt8(ascii: "\n"))
    }
    let excluded = try nonEntities(at: source, cancellation: cancellation)
    return CardLines(document) { iri, lines in
      !excluded.contains(iri) && lines.contains { searched.contains($0.predicate) }
    }
  }

  private init(
    cards: CardLines, typeLabels: CardLines, tripleCount: Int, endpointCount: Int,
    source: EndpointSource
  ) throws(EndpointFailure) {
    let index = SearchIndex(
      graph: try FragmentReader.graph(
        ofDistinctLines: cards.bytes + typeLabels.lines(notIn: cards), endpointName: source.name,
        options: source.options))
    index.finishBuilding()
    self.index = index
    self.cards = cards
    self.typeLabels = typeLabels
    self.tripleCount = tripleCount
    self.endpointCount = endpointCount
    endpointName = source.name
    options = source.options
  }

  /// The best `limit` matches of `query`, with no query to the endpoint:
  /// the index ranks every entity, and the best ones' cards are read and
  /// ranked again as `EndpointSource.search` reads the endpoint's answer.
  public func search(_ query: String, limit: Int) throws(EndpointFailure) -> EndpointSearch {
    var reader = FragmentReader(endpointName: endpointName, options: options)
    for result in index.search(query, limit: limit + Self.margin) {
      let id = index.graph.id(of: result.entity)
      guard let lines = cards.lines(of: index.graph.expandedIRI(id) ?? id) else { continue }
      reader.append(lines: lines)
      for type in Self.types(in: lines) {
        if let labels = typeLabels.lines(of: type) { reader.append(lines: labels) }
      }
    }
    let found = SearchIndex(graph: try reader.graph())
    return EndpointSearch(
      graph: found.graph, results: found.search(query, limit: limit), isPartial: false,
      isFromLabelIndex: true)
  }

  /// The predicates whose text search matches, as N-Triples writes them:
  /// an entity needs one to be a candidate, as with `CONTAINS`.
  private static let searched = Set(
    (RDFVocabulary.labels + RDFVocabulary.alternativeLabels + RDFVocabulary.descriptions).map {
      Array("<\($0)>".utf8)[...]
    })
  private static let typePredicate = Array("<\(RDFVocabulary.type)>".utf8)

  private static func types(in lines: ArraySlice<UInt8>) -> [String] {
    lines.split(separator: UInt8(ascii: "\n")).compactMap { bytes in
      let line = NTriplesLine(bytes)
      guard line.predicate.elementsEqual(typePredicate) else { return nil }
      return NTriplesLine.iri(line.objectToken)
    }
  }

  /// The endpoint's count of card triples, stopped at `cap + 1`: one
  /// query, which tells a stored index whether it is still the endpoint's.
  static func cardCount(
    at source: EndpointSource, cap: Int, cancellation: RequestCancellation?
  ) throws(EndpointFailure) -> Int {
    let answer = try source.select(PageQueries.cardCount(cap: cap), cancellation: cancellation)
    guard case .literal(let text, _, _)? = answer.rows.first?.first, let count = Int(text) else {
      throw EndpointFailure("\(source.name) sent no count of its card triples")
    }
    return count
  }

  private static func nonEntities(at source: EndpointSource, cancellation: RequestCancellation?)
    throws(EndpointFailure) -> Set<String>
  {
    let answer = try source.select(PageQueries.nonEntities, cancellation: cancellation)
    guard !answer.isPartial else {
      throw EndpointFailure("\(source.name) cut short the list of resources search leaves out")
    }
    return Set(
      answer.rows.compactMap { row in
        guard case .iri(let iri)? = row.first else { return nil }
        return iri
      })
  }

  private static func complete(_ answer: SPARQLGraphAnswer) throws(EndpointFailure)
    -> SPARQLGraphAnswer
  {
    guard !answer.isPartial else { throw EndpointFailure("the endpoint cut an answer short") }
    return answer
  }
}
