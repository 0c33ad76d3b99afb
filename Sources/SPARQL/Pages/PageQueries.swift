import RDF

/// The text of every query kg sends to an endpoint. Each IRI and literal goes
/// through `SPARQLText`, so no data can change what a query means;
/// docs/sparql.md lists them.
enum PageQueries {
  typealias V = QueryVocabulary

  /// How many triples each of the entity's predicates has, out and in: the
  /// group counts, and which groups are too large to fetch whole.
  static func counts(of iri: String) -> String {
    let entity = SPARQLText.iri(iri)
    return """
      SELECT ?p ?in (COUNT(*) AS ?n) WHERE {
        { \(entity) ?p ?o . BIND(false AS ?in) } UNION { ?s ?p \(entity) . BIND(true AS ?in) }
      } GROUP BY ?p ?in
      """
  }

  /// The entity's own triples, in and out, with at most `pageSize` of each
  /// large group, and the reified statements that give their provenance.
  static func core(of iri: String, large: [PredicateDirection], pageSize: Int) -> String {
    let entity = SPARQLText.iri(iri)
    let largeOut = V.list(large.filter { !$0.isIncoming }.map(\.predicate))
    let largeIn = V.list(large.filter(\.isIncoming).map(\.predicate))
    var parts = [
      "{ \(entity) ?p ?o .\(excluding(largeOut)) BIND(\(entity) AS ?s) }",
      "{ ?s ?p \(entity) .\(excluding(largeIn)) BIND(\(entity) AS ?o) }",
    ]
    parts += large.map { firstPage(of: $0, entity: entity, pageSize: pageSize) }
    parts += [
      statements(about: entity, role: V.subject, limit: pageSize * 20),
      statements(about: entity, role: V.object, limit: pageSize * 20),
    ]
    return "CONSTRUCT { ?s ?p ?o } WHERE {\n  " + parts.joined(separator: "\n  UNION ") + "\n}"
  }

  /// Names and types of the entities a page shows, the labels of their types,
  /// and the labels, inverses and symmetry of the predicates it shows.
  static func summaries(of iris: [String]) -> String {
    """
    CONSTRUCT { ?s ?p ?o } WHERE {
      VALUES ?n { \(iris.map(SPARQLText.iri).joined(separator: " ")) }
      { ?n ?p ?o . FILTER(?p IN (\(V.summary), \(V.declaration))) FILTER(!isBlank(?o)) BIND(?n AS ?s) }
      UNION { ?n \(V.type) ?s . FILTER(isIRI(?s)) ?s ?p ?o . FILTER(?p IN (\(V.declaration))) FILTER(!isBlank(?o)) }
      UNION { ?s \(V.inverseOf) ?n . FILTER(isIRI(?s)) ?s ?p ?o . FILTER(?p IN (\(V.declaration))) FILTER(!isBlank(?o)) }
    }
    """
  }

  /// Search results' names, aliases, descriptions and types, and their types' labels.
  static func cards(of iris: [String]) -> String {
    """
    CONSTRUCT { ?s ?p ?o } WHERE {
      VALUES ?n { \(iris.map(SPARQLText.iri).joined(separator: " ")) }
      { ?n ?p ?o . FILTER(?p IN (\(V.card))) BIND(?n AS ?s) }
      UNION { ?n \(V.type) ?s . FILTER(isIRI(?s)) ?s ?p ?o . FILTER(?p IN (\(V.declaration))) FILTER(!isBlank(?o)) }
    }
    """
  }

  /// Entities with a name or alias equal to `text`, ignoring case.
  static func named(_ text: String, limit: Int) -> String {
    matching(V.nameTerms, "LCASE(STR(?l)) = LCASE(\(SPARQLText.literal(text)))", limit: limit)
  }

  /// Entities with a name, alias or description containing `word`, ignoring
  /// case: the portable search every endpoint answers.
  static func containing(_ word: String, limit: Int) -> String {
    matching(
      V.searchedTerms, "CONTAINS(LCASE(STR(?l)), LCASE(\(SPARQLText.literal(word))))",
      limit: limit)
  }

  /// Entities with a literal of one of `predicates` that passes `test`.
  ///
  /// The literals are matched first, in a subquery that binds the
  /// predicates with `VALUES`, and only the matches go through the entity
  /// filters. Written as one pattern with `FILTER(?p IN …)`, Oxigraph scans
  /// every triple and runs the `NOT EXISTS` filters on every label before
  /// the test: 3.9 s against 0.6 s for a search at 100k entities
  /// (docs/performance.md). The answer is the same set; the outer `LIMIT`
  /// still stops the subquery early when there are many matches.
  private static func matching(_ predicates: String, _ test: String, limit: Int) -> String {
    """
    SELECT DISTINCT ?s WHERE {
      { SELECT DISTINCT ?s WHERE {
        VALUES ?p { \(predicates) }
        ?s ?p ?l . FILTER(isLiteral(?l)) FILTER(\(test))
      } }
      \(V.onlyEntities)
    } LIMIT \(limit)
    """
  }

  /// Candidates for `text` from the endpoint's text index; `language` is the
  /// one Wikidata's entity search reads labels in.
  static func indexed(
    _ text: String, word: String, index: TextIndex, language: String, limit: Int
  ) -> String {
    switch index {
    case .portable:
      return containing(word, limit: limit)
    case .virtuoso:
      let term = word.filter { $0.isLetter || $0.isNumber }
      let pattern = "\"" + term + (term.count >= 4 ? "*" : "") + "\""
      return """
        SELECT DISTINCT ?s WHERE {
          ?s ?p ?l . FILTER(?p IN (\(V.names)))
          ?l <bif:contains> \(SPARQLText.literal(pattern)) .
        } LIMIT \(limit)
        """
    case .qlever:
      return """
        SELECT DISTINCT ?s WHERE {
          ?t <http://qlever.cs.uni-freiburg.de/builtin-functions/contains-word> \(SPARQLText.literal(word + "*")) .
          ?t <http://qlever.cs.uni-freiburg.de/builtin-functions/contains-entity> ?l .
          ?s ?p ?l . FILTER(?p IN (\(V.names)))
        } LIMIT \(limit)
        """
    case .wikidata:
      return """
        SELECT ?s WHERE {
          SERVICE <http://wikiba.se/ontology#mwapi> {
            <http://www.bigdata.com/rdf#serviceParam> <http://wikiba.se/ontology#endpoint> "www.wikidata.org" ;
              <http://wikiba.se/ontology#api> "EntitySearch" ;
              <https://www.mediawiki.org/ontology#API/search> \(SPARQLText.literal(text)) ;
              <https://www.mediawiki.org/ontology#API/language> \(SPARQLText.literal(language)) .
            ?s <http://wikiba.se/ontology#apiOutputItem> <https://www.mediawiki.org/ontology#API/item> .
          }
        } LIMIT \(limit)
        """
    }
  }

  /// One hop of a walk: every resource joined to the frontier by a
  /// relation, either way, but by reification or the predicates `skipping`
  /// lists (a path skips `rdf:type`).
  static func expansion(of frontier: [String], skipping: String, limit: Int) -> String {
    """
    SELECT ?a ?p ?b ?in WHERE {
      VALUES ?a { \(frontier.map(SPARQLText.iri).joined(separator: " ")) }
      { ?a ?p ?b . BIND(false AS ?in) } UNION { ?b ?p ?a . BIND(true AS ?in) }
      FILTER(isIRI(?b)) FILTER(?p NOT IN (\(skipping)))
    } LIMIT \(limit)
    """
  }

  /// Every triple whose subject is one of `iris`: what an export of a
  /// neighbourhood writes about each member.
  static func descriptions(of iris: [String]) -> String {
    """
    CONSTRUCT { ?s ?p ?o } WHERE {
      VALUES ?s { \(iris.map(SPARQLText.iri).joined(separator: " ")) }
      ?s ?p ?o . FILTER(!isBlank(?o))
    }
    """
  }

  private static func excluding(_ predicates: String) -> String {
    predicates.isEmpty ? "" : " FILTER(?p NOT IN (\(predicates)))"
  }

  /// The next members of a large group, after the first `offset` in the
  /// order `core` fetched them.
  static func members(
    of iri: String, group: PredicateDirection, offset: Int, pageSize: Int
  ) -> String {
    let page = firstPage(
      of: group, entity: SPARQLText.iri(iri), pageSize: pageSize, offset: offset)
    return "CONSTRUCT { ?s ?p ?o } WHERE {\n  " + page + "\n}"
  }

  /// Members of a large group by IRI, so the next ones can be fetched with
  /// an `OFFSET` over the same order.
  private static func firstPage(
    of group: PredicateDirection, entity: String, pageSize: Int, offset: Int = 0
  ) -> String {
    let predicate = SPARQLText.iri(group.predicate)
    let member = group.isIncoming ? "?s" : "?o"
    let pattern =
      group.isIncoming
      ? "?s \(predicate) \(entity) . BIND(\(entity) AS ?o)"
      : "\(entity) \(predicate) ?o . BIND(\(entity) AS ?s)"
    return
      "{ SELECT ?s ?p ?o WHERE { \(pattern) BIND(\(predicate) AS ?p) } ORDER BY \(member) "
      + "LIMIT \(pageSize)\(offset > 0 ? " OFFSET \(offset)" : "") }"
  }

  private static func statements(about entity: String, role: String, limit: Int) -> String {
    "{ { SELECT ?s WHERE { ?s \(role) \(entity) . ?s \(V.type) \(V.statement) } LIMIT \(limit) } ?s ?p ?o }"
  }
}
