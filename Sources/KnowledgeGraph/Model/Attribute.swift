/// One named attribute, kept in dataset order so pages and exports read as written.
public struct Attribute: Hashable, Sendable {
  public let key: String
  public let value: AttributeValue

  public init(key: String, value: AttributeValue) {
    self.key = key
    self.value = value
  }
}
