/// One column of a CSV header: the header text (for messages), the
/// property name before any `:type`, and what the column holds.
struct CSVColumn: Hashable, Sendable {
  let header: String
  let name: String
  var role: CSVColumnRole

  /// Parses a header field in `neo4j-admin database import` form
  /// (`born:int`, `:ID(Person)`, `tags:string[]`); a header with no known
  /// `:type` suffix is a string property of that name.
  init(header: String) {
    self.header = header
    guard let colon = header.lastIndex(of: ":") else {
      (name, role) = (header, .property(.string, isArray: false))
      return
    }
    let suffix = header[header.index(after: colon)...]
    name = String(header[..<colon])
    let (field, space) = Self.splitSpace(suffix)
    switch field.uppercased() {
    case "ID": role = .id(space: space)
    case "LABEL": role = .labels
    case "START_ID": role = .startID(space: space)
    case "END_ID": role = .endID(space: space)
    case "TYPE": role = .relationType
    case "IGNORE": role = .ignored
    default: role = Self.property(field)
    }
  }

  /// `ID(Person)` is `ID` in the space `Person`.
  private static func splitSpace(_ text: Substring) -> (Substring, String?) {
    guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return (text, nil) }
    return (
      text[..<open], String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    )
  }

  /// A typed property: `int`, `float[]`, `date{timezone:UTC}`.
  private static func property(_ type: Substring) -> CSVColumnRole {
    let bare = type.prefix { $0 != "{" }
    let isArray = bare.hasSuffix("[]")
    return .property(
      ValueKind(typeName: String(isArray ? bare.dropLast(2) : bare)), isArray: isArray)
  }

  /// True for a plain property column, whose name decides its role.
  var isPlainProperty: Bool {
    if case .property = role { return true }
    return false
  }
}
