import RDF
import Testing

/// With an error limit above 1, a validator gets every error (up to the limit) and the
/// reader keeps the good statements.
struct ErrorRecoveryTests {
  private let good = "<http://e/s> <http://e/p> <http://e/o> .\n"

  private func collect(_ text: String, _ format: RDFFormat, limit: Int) -> (
    RecordingSink?, [String]
  ) {
    var sink = RecordingSink()
    let reader = RDFReader(format: format, errorLimit: limit)
    do {
      try Array(text.utf8).withUnsafeBytes { try reader.read($0, into: &sink) }
      return (sink, [])
    } catch let errors as RDFSyntaxErrors {
      return (sink, errors.errors.map(\.description))
    } catch {
      return (nil, ["\(error)"])
    }
  }

  @Test func nTriplesSkipsToTheNextLine() {
    let text = good + "<http://e/s> <http://e/p> .\n" + good + "_:x <http://e/p> 1 .\n" + good
    let (sink, errors) = collect(text, .nTriples, limit: 100)
    #expect(
      errors == [
        "2:27: expected an object (an IRI, a blank node or a literal), found '.'",
        "4:18: expected an object (an IRI, a blank node or a literal), found '1'",
      ])
    #expect(sink?.statements.count == 3)
  }

  @Test func turtleSkipsToTheNextStatement() {
    let text = "@prefix : <http://e/> .\n:a :b :c ; :d ] .\n:a :b :c .\n:a :b :c :d .\n:a :b :e .\n"
    let (sink, errors) = collect(text, .turtle, limit: 100)
    #expect(
      errors == [
        "2:15: expected an object (an IRI, a prefixed name, a blank node, a literal or a collection), found ']'",
        "4:10: expected ',', ';' or '.' after the object, found ':d'",
      ])
    #expect(sink?.statements.count == 2)
  }

  @Test func theLimitEndsTheRead() {
    let text = String(repeating: "bad\n", count: 500)
    let (_, errors) = collect(text, .nTriples, limit: 100)
    #expect(errors.count == 100)
    #expect(errors.last?.hasPrefix("100:1: ") == true)
  }
}
