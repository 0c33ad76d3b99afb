import KnowledgeGraph

/// The declared type of a GraphML key or a typed Neo4j CSV column, which
/// decides whether its text becomes a number, a boolean or a string.
enum ValueKind: Hashable, Sendable {
  case string
  case integer
  case float
  case boolean

  /// The kind of a GraphML `attr.type` or a Neo4j column type; unknown
  /// types (dates, points, durations) are kept as strings.
  init(typeName: String) {
    switch typeName.lowercased() {
    case "int", "long", "short", "byte", "integer": self = .integer
    case "float", "double", "number": self = .float
    case "boolean", "bool": self = .boolean
    default: self = .string
    }
  }

  /// What a value of this kind is, for messages: "an integer".
  var noun: String {
    switch self {
    case .string: "a string"
    case .integer: "an integer"
    case .float: "a number"
    case .boolean: "a boolean (true or false)"
    }
  }

  /// The value of `text` as this kind, or nil when the text is not one.
  /// Numbers are respelled as JSON numbers (`+1` is `1`, `.5` is `0.5`);
  /// the infinities and NaN, which JSON cannot spell, stay strings.
  func value(_ text: String) -> AttributeValue? {
    switch self {
    case .string: .string(text)
    case .integer: NumberSpelling.integer(text).map(AttributeValue.number)
    case .float:
      NumberSpelling.isNonFinite(text)
        ? .string(text) : NumberSpelling.decimal(text).map(AttributeValue.number)
    case .boolean: Self.boolean(text).map(AttributeValue.bool)
    }
  }

  private static func boolean(_ text: String) -> Bool? {
    switch text.trimmingSpaces.lowercased() {
    case "true", "1": true
    case "false", "0": false
    default: nil
    }
  }
}
