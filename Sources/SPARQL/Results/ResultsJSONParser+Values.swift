import KnowledgeGraph

extension ResultsJSONParser {
  mutating func enterObject(_ name: String) throws(JSONError) {
    try expect(.object, name)
    try reader.enterContainer()
  }

  mutating func enterArray(_ name: String) throws(JSONError) {
    try expect(.array, name)
    try reader.enterContainer()
  }

  mutating func string(named name: String) throws(JSONError) -> String {
    try expect(.string, name)
    return String(decoding: try reader.readString(), as: UTF8.self)
  }

  mutating func bool(named name: String) throws(JSONError) -> Bool {
    try expect(.bool, name)
    return try reader.readBool()
  }

  private mutating func expect(_ kind: JSONValueKind, _ name: String) throws(JSONError) {
    let found = try reader.peekKind()
    guard found == kind else {
      throw JSONError(
        offset: reader.position, message: "\(name) must be \(kind.phrase), found \(found.phrase)")
    }
  }

  static func problem(_ message: String, at offset: Int) -> JSONError {
    JSONError(offset: offset, message: message)
  }

  func problem(_ message: String, at offset: Int) -> JSONError {
    Self.problem(message, at: offset)
  }

  func duplicate(_ key: String, at offset: Int) -> JSONError {
    problem("the document has \"\(key)\" twice", at: offset)
  }
}
