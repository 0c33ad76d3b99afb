/// One relation group of a page as the endpoint counts it: a predicate, read
/// out of the entity or into it.
public struct PredicateDirection: Hashable, Sendable {
  public let predicate: String
  public let isIncoming: Bool

  public init(predicate: String, isIncoming: Bool) {
    self.predicate = predicate
    self.isIncoming = isIncoming
  }
}
