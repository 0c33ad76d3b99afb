import KnowledgeGraph
import Testing

/// The strict RFC 8259 reader on its own, through `JSONSyntax.check`.
struct JSONParserTests {
  static func check(_ text: String) -> String? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { JSONSyntax.check(UnsafeBufferPointer($0)) }
  }

  static func check(bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { JSONSyntax.check($0) }
  }

  @Test(arguments: [
    "{}", "[]", "0", "-0", "-0.0e+0", "1E10", "0.5e-3", "123456789012345678901234567890",
    #""\u0000\uD834\uDD1E""#, "true", "false", "null", " \t\r\n[1, [2, [3]], {\"a\": {}}] \n",
    #"{"a": [1, "b", null, true, {"c": -1.5}]}"#, #""\"\\\/\b\f\n\r\t""#, "\"中文 😀\"",
  ])
  func acceptsValidJSON(text: String) {
    #expect(Self.check(text) == nil)
  }

  @Test(arguments: [
    ("", "offset 0: expected a value, found end of file"),
    ("[1,]", "offset 3: expected a value, found ']'"),
    ("[1 2]", "offset 3: expected ',' or ']' after an array element, found a number"),
    ("{\"a\":1,}", "offset 7: expected a key string after ',', found '}'"),
    ("{\"a\" 1}", "offset 5: expected ':' after the key, found a number"),
    ("[01]", "offset 1: invalid number: a leading zero must not be followed by digits"),
    ("[+1]", "offset 1: expected a value, found '+'"),
    ("[.5]", "offset 1: expected a value, found '.'"),
    ("[1.]", "offset 3: invalid number: expected a digit after '.', found ']'"),
    ("[1e+]", "offset 4: invalid number: expected a digit in the exponent, found ']'"),
    ("[Infinity]", "offset 1: expected a value, found 'Infinity'"),
    ("[nul]", "offset 1: invalid literal; expected true, false or null, found 'nul'"),
    ("\"abc", "offset 0: string is not terminated before end of file"),
    ("\"a\tb\"", "offset 2: unescaped control character 0x09 in a string; write it as \\t"),
    ("\"\\uZZZZ\"", "offset 3: expected 4 hex digits after \\u, found 'ZZZZ'"),
    ("\"\\uDC00\"", "offset 1: lone low surrogate \\uDC00 without a high surrogate before it"),
    ("[] []", "offset 3: expected end of file after the top-level value, found '['"),
    ("{\"a\": 1]", "offset 7: expected ',' or '}' after an object member, found ']'"),
    ("[1}", "offset 2: expected ',' or ']' after an array element, found '}'"),
  ])
  func rejectsInvalidJSON(text: String, message: String) {
    #expect(Self.check(text) == message)
  }

  @Test func rejectsDeepNestingWithoutRecursing() {
    let text = String(repeating: "[", count: 100_000)
    #expect(Self.check(text) == "offset 512: nesting is deeper than 512 levels")
  }

  @Test func acceptsNestingUpToTheLimit() {
    let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(Self.check(text) == nil)
  }

  @Test func rejectsLongNumbers() {
    let text = "[" + String(repeating: "9", count: 10_000) + "]"
    #expect(
      Self.check(text) == "offset 1: number is longer than 100 characters, the limit for any number"
    )
  }

  @Test(
    arguments: [
      ([0x22, 0xC0, 0xAF, 0x22], "offset 1: invalid UTF-8: overlong encoding (byte 0xC0)"),
      (
        [0x22, 0xE0, 0x9F, 0xBF, 0x22],
        "offset 1: invalid UTF-8: overlong encoding (bytes 0xE0 0x9F)"
      ),
      (
        [0x22, 0xF0, 0x8F, 0xBF, 0xBF, 0x22],
        "offset 1: invalid UTF-8: overlong encoding (bytes 0xF0 0x8F)"
      ),
      (
        [0x22, 0xED, 0xBF, 0xBF, 0x22],
        "offset 1: invalid UTF-8: UTF-16 surrogate encoded in UTF-8 (bytes 0xED 0xBF)"
      ),
      (
        [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],
        "offset 1: invalid UTF-8: code point above U+10FFFF (byte 0xF5)"
      ),
      (
        [0x22, 0xE4, 0xB8, 0x22],
        "offset 1: invalid UTF-8: truncated sequence (byte 0xE4 starts a 3-byte character that ends early)"
      ),
      (
        [0x22, 0xF0, 0x9F, 0x98],
        "offset 1: invalid UTF-8: truncated sequence (byte 0xF0 starts a 4-byte character that ends early)"
      ),
      ([0x22, 0xBF, 0x22], "offset 1: invalid UTF-8: unexpected continuation byte 0xBF"),
      ([0x22, 0xFE, 0x22], "offset 1: invalid UTF-8: byte 0xFE never appears in UTF-8"),
      ([0x22, 0x61, 0x00, 0x22], "offset 2: unescaped NUL byte in a string; write it as \\u0000"),
      ([0x5B, 0x00, 0x5D], "offset 1: expected a value, found a NUL byte"),
    ] as [([UInt8], String)])
  func rejectsInvalidUTF8AndNUL(bytes: [UInt8], message: String) {
    #expect(Self.check(bytes: bytes) == message)
  }

  @Test func acceptsEveryValidUTF8Length() {
    #expect(
      Self.check(bytes: [0x22, 0x7F, 0xC2, 0x80, 0xEF, 0xBF, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF, 0x22])
        == nil)
  }

  @Test func acceptsLongPlainStringsAcrossWordBoundaries() {
    for length in 0..<40 {
      #expect(Self.check("\"" + String(repeating: "x", count: length) + "\"") == nil)
      #expect(Self.check("\"" + String(repeating: "x", count: length) + "\\n\"") == nil)
    }
  }
}
