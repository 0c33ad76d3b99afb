/// The answer to a SELECT query: a table with one column per variable.
public struct SPARQLResults: Sendable, Equatable {
  /// The projected variables, without `?`, in the order the endpoint listed them.
  public let variables: [String]
  /// One array per solution, indexed like `variables`; nil where unbound.
  public let rows: [[SPARQLTerm?]]
  /// The endpoint cut the answer short (a row cap or an anytime-query timeout),
  /// so the rows are a sample, not everything that matches.
  public let isPartial: Bool

  public init(variables: [String], rows: [[SPARQLTerm?]], isPartial: Bool) {
    self.variables = variables
    self.rows = rows
    self.isPartial = isPartial
  }

  /// The column of a variable, for reading rows by name.
  public func column(_ variable: String) -> Int? {
    variables.firstIndex(of: variable)
  }
}
