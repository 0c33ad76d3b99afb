/// An attribute as the graph stores it: its key and its value's JSON text,
/// both in the string arena.
///
/// Sixteen bytes and no allocation per attribute at load time; the value is
/// decoded into an `AttributeValue` only when a page or export asks for it.
struct StoredAttribute: Sendable {
  let key: StringRef
  /// The value exactly as the dataset spelled it: a JSON string, number, boolean or array.
  let value: StringRef

  func shifted(by shift: UInt32) -> StoredAttribute {
    StoredAttribute(key: key.shifted(by: shift), value: value.shifted(by: shift))
  }
}
