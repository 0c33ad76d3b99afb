/// The kind of the next JSON value, decided from its first byte, so the schema
/// reader can say "must be a string, found a number" before consuming anything.
package enum JSONValueKind: Equatable {
  case object
  case array
  case string
  case number
  case bool
  case null

  /// The kind as a noun phrase for error messages.
  package var phrase: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}
