import KnowledgeGraph
import RDF

/// A graph that lives on a SPARQL endpoint, read a page at a time: each
/// answer becomes a small graph with the same mapping a file gets, so every
/// report and view that works on a file works on it unchanged.
public struct EndpointSource: Sendable {
  public let client: any SPARQLQuerying
  /// The endpoint's host, for messages.
  public let name: String
  public let options: RDFLoadOptions
  /// Members fetched of each relation group; larger groups show their count
  /// and this many, like the linked-data browsers do.
  public var pageSize = 100
  /// How search finds candidates: a text index the endpoint has, or `CONTAINS`.
  public var textIndex = TextIndex.portable
  /// The endpoint's labels held by kg, for an endpoint without a text
  /// index; search uses it once something has loaded it. Nil: never.
  public var labelIndex: LabelIndexLoader?

  public init(client: any SPARQLQuerying, name: String, options: RDFLoadOptions) {
    self.client = client
    self.name = name
    self.options = options
  }

  /// The page of the entity `iri`: three queries (group counts, the entity's
  /// triples, its neighbours' names), whatever the entity's size.
  public func page(for iri: String, cancellation: RequestCancellation? = nil)
    throws(EndpointFailure) -> EntityPage
  {
    let counts = try groupCounts(of: iri, cancellation: cancellation)
    guard !counts.isEmpty else { throw EndpointFailure.unknown(iri, at: name) }
    let large = counts.filter { $0.value > pageSize }
    var reader = FragmentReader(endpointName: name, options: options)
    let core = try construct(
      PageQueries.core(of: iri, large: large.keys.sorted(by: Self.order), pageSize: pageSize),
      cancellation: cancellation)
    reader.append(core)
    let shown = ResourceCollector.iris(in: core.bytes).subtracting([iri])
    if !shown.isEmpty {
      reader.append(
        try construct(PageQueries.summaries(of: shown.sorted()), cancellation: cancellation))
    }
    return try read(
      reader, iri: iri, totals: large, fetched: large.mapValues { _ in pageSize })
  }

  /// The page with the next `pageSize` members of one of its large groups,
  /// in IRI order, and their names: two queries.
  public func more(
    of page: EntityPage, group: PredicateDirection, cancellation: RequestCancellation? = nil
  ) throws(EndpointFailure) -> EntityPage {
    let offset = page.fetched[group, default: 0]
    let members = try construct(
      PageQueries.members(of: page.iri, group: group, offset: offset, pageSize: pageSize),
      cancellation: cancellation)
    var reader = page.reader
    reader.append(members)
    let shown = ResourceCollector.iris(in: members.bytes).subtracting([page.iri])
    if !shown.isEmpty {
      reader.append(
        try construct(PageQueries.summaries(of: shown.sorted()), cancellation: cancellation))
    }
    var fetched = page.fetched
    fetched[group] = offset + pageSize
    return try read(reader, iri: page.iri, totals: page.totals, fetched: fetched)
  }

  private func read(
    _ reader: FragmentReader, iri: String, totals: [PredicateDirection: Int],
    fetched: [PredicateDirection: Int]
  ) throws(EndpointFailure) -> EntityPage {
    let graph = try reader.graph()
    guard let entity = graph.entityIndex(forID: graph.compactIRI(iri)) else {
      throw EndpointFailure.unknown(iri, at: name)
    }
    return EntityPage(
      iri: iri, graph: graph, entity: entity, totals: totals, isPartial: reader.isPartial,
      reader: reader, fetched: fetched)
  }

  func groupCounts(of iri: String, cancellation: RequestCancellation?) throws(EndpointFailure)
    -> [PredicateDirection: Int]
  {
    let answer = try select(PageQueries.counts(of: iri), cancellation: cancellation)
    var counts: [PredicateDirection: Int] = [:]
    for row in answer.rows {
      guard row.count == 3, case .iri(let predicate) = row[0],
        case .literal(let incoming, _, _) = row[1], case .literal(let number, _, _) = row[2],
        let count = Int(number)
      else { continue }
      counts[PredicateDirection(predicate: predicate, isIncoming: incoming == "true")] = count
    }
    return counts
  }

  func select(_ query: String, cancellation: RequestCancellation?) throws(EndpointFailure)
    -> SPARQLResults
  {
    do {
      return try client.select(query, cancellation: cancellation)
    } catch {
      throw EndpointFailure(error)
    }
  }

  func construct(_ query: String, cancellation: RequestCancellation?) throws(EndpointFailure)
    -> SPARQLGraphAnswer
  {
    do {
      return try client.construct(query, cancellation: cancellation)
    } catch {
      throw EndpointFailure(error)
    }
  }

  private static func order(_ left: PredicateDirection, _ right: PredicateDirection) -> Bool {
    (left.predicate, left.isIncoming ? 1 : 0) < (right.predicate, right.isIncoming ? 1 : 0)
  }
}
