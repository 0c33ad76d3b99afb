import Testing

@testable import SPARQL

/// How the label index reads an N-Triples answer apart: by subject, without
/// repeats or blank-node subjects, whatever the order and spacing it came in.
struct CardLinesTests {
  static let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
  static let type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

  @Test func linesAreGroupedBySubjectWithoutRepeats() {
    let document = """
      <https://x/b> \(Self.label) "B" .
      <https://x/a> \(Self.label) "A" .
      # a comment

      <https://x/b>\t\(Self.type)\t<https://x/T> .
      <https://x/a> \(Self.label) "A" .
      _:n \(Self.label) "blank" .
      """
    let cards = CardLines(Array(document.utf8))
    #expect(cards.subjectCount == 2)
    #expect(cards.documentTriples == 4)
    #expect(text(cards.lines(of: "https://x/a")) == "<https://x/a> \(Self.label) \"A\" .\n")
    #expect(text(cards.lines(of: "https://x/b"))?.split(separator: "\n").count == 2)
    #expect(cards.lines(of: "https://x/c") == nil)
  }

  @Test func subjectsCanBeLeftOut() {
    let document =
      "<https://x/a> \(Self.label) \"A\" .\n<https://x/b> \(Self.type) <https://x/T> .\n"
    let cards = CardLines(Array(document.utf8)) { _, lines in
      lines.contains { $0.predicate.elementsEqual(Self.label.utf8) }
    }
    #expect(cards.subjectCount == 1)
    #expect(cards.documentTriples == 2)
    #expect(cards.lines(of: "https://x/b") == nil)
  }

  @Test func escapedIRIsAreReadAsTheReaderReadsThem() {
    let line = NTriplesLine(Array("<https://x/caf\\u00E9> \(Self.type) <https://x/T> .".utf8)[...])
    #expect(NTriplesLine.iri(line.subject) == "https://x/café")
    #expect(NTriplesLine.iri(line.objectToken) == "https://x/T")
    #expect(NTriplesLine.iri(Array("\"literal\"".utf8)[...]) == nil)
  }

  private func text(_ bytes: ArraySlice<UInt8>?) -> String? {
    bytes.map { String(decoding: $0, as: UTF8.self) }
  }
}
