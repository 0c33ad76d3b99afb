/// A relation type named on the command line that the graph does not have.
public struct UnknownRelationType: Error, Hashable, Sendable {
  public let name: String
  /// Type keys close to the name, best first, for "did you mean".
  public let suggestions: [String]

  public init(name: String, suggestions: [String]) {
    self.name = name
    self.suggestions = suggestions
  }
}
