import KnowledgeGraph

extension DatasetParser {
  /// Reads an `attributes` object into the entity or relation being read,
  /// keeping each value's JSON text. False when anything in it was invalid.
  mutating func readAttributes(of owner: @autoclosure () -> String, forRelation: Bool)
    throws(JSONError) -> Bool
  {
    guard try expect(.object, "\(owner()): \"attributes\"") else { return false }
    try reader.enterContainer()
    var isValid = true
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      let keyRef = builder.appendString(key)
      guard let value = try readAttributeValue(of: owner(), key: keyRef) else {
        isValid = false
        continue
      }
      let attribute = StoredAttribute(key: keyRef, value: value)
      if forRelation {
        builder.appendRelationAttribute(attribute)
      } else {
        builder.appendEntityAttribute(attribute)
      }
    }
    return isValid
  }

  private mutating func readAttributeValue(of owner: @autoclosure () -> String, key: StringRef)
    throws(JSONError) -> StringRef?
  {
    let kind = try reader.peekKind()
    let start = reader.position
    switch kind {
    case .string: _ = try reader.readString()
    case .number: _ = try reader.readNumber()
    case .bool: _ = try reader.readBool()
    case .array:
      guard try readAttributeArray(of: owner(), key: key) else { return nil }
    case .object, .null:
      let name = MessageText.quoted(builder.strings.string(key))
      try log.error(
        at: start,
        "\(owner()): attribute \(name) must be a string, number, boolean or array of these, found \(kind.phrase)"
      )
      try reader.skipValue()
      return nil
    }
    return builder.appendString(
      UnsafeBufferPointer(rebasing: reader.input[start..<reader.position]))
  }

  private mutating func readAttributeArray(of owner: @autoclosure () -> String, key: StringRef)
    throws(JSONError) -> Bool
  {
    try reader.enterContainer()
    var isValid = true
    var isFirst = true
    while try reader.nextElement(isFirst: &isFirst) {
      let kind = try reader.peekKind()
      switch kind {
      case .string: _ = try reader.readString()
      case .number: _ = try reader.readNumber()
      case .bool: _ = try reader.readBool()
      case .array, .object, .null:
        let name = MessageText.quoted(builder.strings.string(key))
        try log.error(
          at: reader.position,
          "\(owner()): attribute \(name) may hold only strings, numbers and booleans in its array, found \(kind.phrase)"
        )
        try reader.skipValue()
        isValid = false
      }
    }
    return isValid
  }
}
