import GraphSearch
import KnowledgeGraph

extension EndpointSource {
  /// From the label index once it is ready (or once a stored one is read),
  /// with no query; until then
  /// candidates are entities whose name or alias contains the query's
  /// longest plain word, and kg's index ranks them with the whole query.
  /// Two queries: the candidates, then their names, descriptions and types.
  public func search(
    _ query: String, limit: Int, cancellation: RequestCancellation? = nil
  ) throws(EndpointFailure) -> EndpointSearch {
    if let index = labelIndex?.forSearch { return try index.search(query, limit: limit) }
    var reader = FragmentReader(endpointName: name, options: options)
    guard let word = Self.candidateWord(in: query) else { return try empty(reader) }
    let candidates = PageQueries.indexed(
      Self.plainText(of: query), word: word, index: textIndex,
      language: options.languages.tags.first ?? "en", limit: max(limit * 10, 200))
    let found = try select(candidates, cancellation: cancellation)
    let iris = found.rows.compactMap { row -> String? in
      guard case .iri(let iri)? = row.first else { return nil }
      return iri
    }
    guard !iris.isEmpty else { return try empty(reader) }
    reader.append(try construct(PageQueries.cards(of: iris), cancellation: cancellation))
    let index = SearchIndex(graph: try reader.graph())
    return EndpointSearch(
      graph: index.graph, results: index.search(query, limit: limit),
      isPartial: found.isPartial || reader.isPartial)
  }

  /// The longest word of a query that must appear as typed: not excluded
  /// (`!word`), not a type filter, with `'`, `^` and `$` taken off.
  static func candidateWord(in query: String) -> String? {
    let words = query.split(whereSeparator: \.isWhitespace).compactMap { part -> String? in
      guard !part.hasPrefix("!"), !part.lowercased().hasPrefix("type:"), part != "|" else {
        return nil
      }
      var word = Substring(part)
      while let first = word.first, "'^".contains(first) { word = word.dropFirst() }
      while word.last == "$" { word = word.dropLast() }
      return word.isEmpty ? nil : String(word)
    }
    return words.max { $0.count < $1.count }
  }

  /// The query without its operators, for an index that takes plain text.
  static func plainText(of query: String) -> String {
    query.split(whereSeparator: \.isWhitespace).compactMap { candidateWord(in: String($0)) }
      .joined(separator: " ")
  }

  private func empty(_ reader: FragmentReader) throws(EndpointFailure) -> EndpointSearch {
    EndpointSearch(graph: try reader.graph(), results: [], isPartial: false)
  }
}
