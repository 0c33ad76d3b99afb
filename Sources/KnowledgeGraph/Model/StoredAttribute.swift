/// An attribute as the graph stores it: its key and its value's JSON text,
/// both in the string arena.
///
/// Sixteen bytes and no allocation per attribute at load time; the value is
/// decoded into an `AttributeValue` only when a page or export asks for it.
package struct StoredAttribute: Sendable {
  package let key: StringRef
  /// The value exactly as the dataset spelled it: a JSON string, number, boolean or array.
  package let value: StringRef

  package init(key: StringRef, value: StringRef) {
    self.key = key
    self.value = value
  }

  package func shifted(by shift: UInt32) -> StoredAttribute {
    StoredAttribute(key: key.shifted(by: shift), value: value.shifted(by: shift))
  }
}
