/// One bookmark as the file keeps it. The name is stored with the id so a
/// bookmark whose entity has left the dataset can still be shown, as missing.
public struct StoredBookmark: Codable, Hashable, Sendable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
