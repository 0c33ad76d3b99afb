import RDF
import Testing

/// Bad input is normal input: each case gets a message with its place, and no crash.
struct MalformedInputTests {
  private let s = "<http://e/s> <http://e/p>"

  @Test func anIRIWithASpace() {
    #expect(
      Parsing.error("<http://e/a b> <http://e/p> <http://e/o> .", .nTriples)
        == "1:12: illegal character ' ' in an IRI")
  }

  @Test func anIRIWithABrace() {
    #expect(
      Parsing.error("\(s) <http://e/{x}> .", .turtle)
        == "1:37: illegal character '{' in an IRI")
  }

  @Test func anUnterminatedString() {
    #expect(
      Parsing.error("\(s) \"abc .\n", .nTriples)
        == "1:33: expected a closing quote, found end of line")
    #expect(
      Parsing.error("\(s) \"\"\"abc .\n", .turtle)
        == "1:27: the long string that starts here has no closing \"\"\"")
  }

  @Test func invalidUTF8IsRejected() {
    var bytes = Array("\(s) \"a".utf8) + [0xC3, 0x28] + Array("\" .\n".utf8)
    #expect(throws: RDFSyntaxError.self) { _ = try Parsing.record(bytes, .nTriples) }
    bytes = Array("<http://e/".utf8) + [0xFF] + Array("> <http://e/p> <http://e/o> .".utf8)
    #expect(throws: RDFSyntaxError.self) { _ = try Parsing.record(bytes, .turtle) }
  }

  @Test func aSurrogateEscape() {
    #expect(
      Parsing.error("\(s) \"\\uD800\" .", .nTriples)
        == "1:28: the escape \\uD800 is not a Unicode scalar value")
  }

  @Test func anUndefinedPrefix() {
    #expect(
      Parsing.error("@prefix e: <http://e/> .\ne:s e:p x:o .", .turtle)
        == "2:9: the prefix 'x:' is not declared")
  }

  @Test func aTenMegabyteLiteralIsLegal() throws {
    let value = String(repeating: "abcdefghij", count: 1_000_000)
    for format in [RDFFormat.nTriples, .turtle] {
      let statements = try Parsing.statements("\(s) \"\(value)\" .\n", format)
      #expect(statements.map(\.object.value.count) == [10_000_000])
    }
  }

  @Test func deepBlankNodeNestingUsesNoStack() throws {
    let depth = 100_000
    let text =
      "\(s) " + String(repeating: "[ <http://e/p> ", count: depth) + "1"
      + String(repeating: " ]", count: depth) + " .\n"
    #expect(try Parsing.statements(text, .turtle).count == depth + 1)
  }

  @Test func deepCollectionNestingUsesNoStack() throws {
    let depth = 100_000
    let text =
      "\(s) " + String(repeating: "( ", count: depth) + String(repeating: ") ", count: depth)
      + ".\n"
    #expect(try Parsing.statements(text, .turtle).count == 1 + 2 * (depth - 1))
  }

  @Test func unclosedNestingIsAnError() {
    let text = "\(s) " + String(repeating: "[ <http://e/p> ", count: 100_000)
    #expect(Parsing.error(text, .turtle)?.hasSuffix("found end of input") == true)
  }

  @Test func foundTextIsEscaped() {
    let error = Parsing.error("\(s) \u{202E}evil\u{1B}[31m .", .turtle) ?? ""
    #expect(!error.contains("\u{202E}") && !error.contains("\u{1B}"))
    #expect(error.contains("\\u{202E}"))
  }
}
