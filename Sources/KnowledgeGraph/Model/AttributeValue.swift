/// A value of an entity or relation attribute, as the dataset format allows it.
///
/// Numbers keep their JSON spelling so that exporting a dataset reproduces it
/// byte for byte, and so that no precision is lost to `Double`.
public enum AttributeValue: Hashable, Sendable {
  case string(String)
  case number(String)
  case bool(Bool)
  case array([AttributeValue])

  /// The value as a person reads it: strings bare, arrays comma-separated.
  public var displayText: String {
    switch self {
    case .string(let text): text
    case .number(let literal): literal
    case .bool(let flag): flag ? "true" : "false"
    case .array(let values): values.map(\.displayText).joined(separator: ", ")
    }
  }
}
