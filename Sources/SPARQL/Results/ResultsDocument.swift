/// What a SPARQL results JSON document holds: a table or an ASK answer.
enum ResultsDocument: Equatable {
  case bindings(variables: [String], rows: [[SPARQLTerm?]])
  case boolean(Bool)
}
