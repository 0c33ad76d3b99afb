/// A bookmarked entity, by id, with the name it had when bookmarked: a
/// bookmark whose entity has left the dataset still shows, as missing.
public struct Bookmark: Hashable, Sendable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
