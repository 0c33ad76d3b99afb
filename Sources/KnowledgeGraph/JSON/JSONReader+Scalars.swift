extension JSONReader {
  /// Reads a number per the RFC 8259 grammar and returns its literal's range
  /// in the input; the value is never converted, so no precision is lost.
  package mutating func readNumber() throws(JSONError) -> Range<Int> {
    tokenStart = position
    var index = position
    if index < input.count && input[index] == UInt8(ascii: "-") { index += 1 }
    guard index < input.count, Self.isDigit(input[index]) else {
      throw numberError("a digit", at: index)
    }
    if input[index] == UInt8(ascii: "0") {
      index += 1
      if index < input.count && Self.isDigit(input[index]) {
        throw JSONError(
          offset: tokenStart,
          message: "invalid number: a leading zero must not be followed by digits")
      }
    } else {
      index = digitsEnd(from: index)
    }
    if index < input.count && input[index] == UInt8(ascii: ".") {
      index += 1
      guard index < input.count, Self.isDigit(input[index]) else {
        throw numberError("a digit after '.'", at: index)
      }
      index = digitsEnd(from: index)
    }
    if index < input.count && (input[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      if index < input.count
        && (input[index] == UInt8(ascii: "+") || input[index] == UInt8(ascii: "-"))
      {
        index += 1
      }
      guard index < input.count, Self.isDigit(input[index]) else {
        throw numberError("a digit in the exponent", at: index)
      }
      index = digitsEnd(from: index)
    }
    guard index - tokenStart <= Self.maximumNumberLength else {
      throw JSONError(
        offset: tokenStart,
        message:
          "number is longer than \(Self.maximumNumberLength) characters, the limit for any number")
    }
    position = index
    return tokenStart..<index
  }

  private func digitsEnd(from start: Int) -> Int {
    var index = start
    while index < input.count && Self.isDigit(input[index]) { index += 1 }
    return index
  }

  private func numberError(_ expected: String, at offset: Int) -> JSONError {
    JSONError(
      offset: offset, message: "invalid number: expected \(expected), found \(found(at: offset))")
  }

  @inline(__always)
  package static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  /// Reads `true` or `false`.
  package mutating func readBool() throws(JSONError) -> Bool {
    if input[position] == UInt8(ascii: "t") {
      try expectLiteral("true")
      return true
    }
    try expectLiteral("false")
    return false
  }

  package mutating func readNull() throws(JSONError) { try expectLiteral("null") }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
    tokenStart = position
    let length = literal.utf8CodeUnitCount
    let matches =
      position + length <= input.count
      && UnsafeBufferPointer(start: literal.utf8Start, count: length).elementsEqual(
        input[position..<position + length])
    guard matches else {
      throw JSONError(
        offset: position,
        message: "invalid literal; expected true, false or null, found \(found(at: position))")
    }
    position += length
  }
}
