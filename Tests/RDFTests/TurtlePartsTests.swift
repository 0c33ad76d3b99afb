import Foundation
import JSONDataset
import RDF
import Testing

/// Turtle cut into parts that threads read on their own: wherever the cuts fall, the parts
/// together read what a whole read does (generated blank-node labels aside), or the check
/// asks for a serial read; a syntax error is the whole read's, at the same line and column.
@Suite struct TurtlePartsTests {
  static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/kg.json")
    .path

  /// A document whose lines, cut anywhere, trip every way a cut can be wrong: a long string
  /// holding a statement end and a directive, a comment, nested `[ ]` and `( )` across lines,
  /// prefixes and the base changed after earlier cuts, and a written label used in both halves.
  static let adversarial = """
    @prefix ex: <http://example.org/> .
    @base <http://example.org/base/> .
    _:shared ex:name "shared" .
    ex:a ex:says \"\"\"first line.
    @prefix ex: <http://evil.example/> .
    ex:b ex:c ex:d .
    \"\"\" .
    # a comment that ends a sentence.
    ex:nested ex:has [
      ex:inner [ ex:deep ( 1 2
        3 ) ] ;
      ex:more "x"
    ] .
    @prefix ex: <http://example.org/second/> .
    <relative> ex:p ex:o .
    @base <http://other.example/dir/> .
    <relative> ex:p [] .
    PREFIX ex: <http://example.org/third/>
    ex:s ex:p _:shared .
    _:shared ex:p ( [] [] ) .

    """

  /// Nine cuts are valid: after each of the first three lines and after each of the six lines
  /// from the second `@prefix` on. Between the long string and that line, the scan took the
  /// string's `@prefix` line for a directive, so those cuts are redone.
  @Test func everyCutOfAnAdversarialDocumentReadsTheWholeOrIsRedone() throws {
    let input = Array(Self.adversarial.utf8)
    let (valid, redone) = try Self.compareEveryCut(of: input, base: nil)
    #expect(valid == 9)
    #expect(redone == 10)
  }

  @Test func aCutInsideALongStringIsRedone() throws {
    let input = Array(Self.adversarial.utf8)
    let cut = Array(Self.adversarial.utf8).indices.first {
      Self.adversarial.utf8.dropFirst($0).starts(with: "ex:b ex:c".utf8)
    }!
    #expect(try Self.isRedone(SplitReading.read(input, base: nil, cuts: [cut])))
  }

  @Test func everyLineItsOwnPartReadsTheWholeOrIsRedone() throws {
    let input = Array(Self.adversarial.utf8)
    let whole = try Parsing.record(input, .turtle)
    let cutAtBoundaries = try Self.lineStarts(input).filter { cut in
      !Self.isRedone(try SplitReading.read(input, base: nil, cuts: [cut]))
    }
    guard case .valid(let joined) = try SplitReading.read(input, base: nil, cuts: cutAtBoundaries)
    else {
      Issue.record("cuts that are each valid must be valid together")
      return
    }
    #expect(SplitReading.canonical(joined.statements) == SplitReading.canonical(whole.statements))
  }

  @Test func eachPartGeneratesItsOwnBlankNodeLabels() throws {
    let input = Array("[] <http://e/p> 1 .\n[] <http://e/p> 2 .\n".utf8)
    guard case .valid(let joined) = try SplitReading.read(input, base: nil, parts: 2) else {
      Issue.record("the cut between two statements is valid")
      return
    }
    #expect(joined.statements.map(\.subject) == [.blank("_0"), .blank("_1-0")])
  }

  /// The loader reads each part a window at a time: the statements are those of reading the
  /// part whole, and the offsets handed back are the whole buffer's, up to the part's end.
  @Test func aPartReadAWindowAtATimeReadsAsWhole() {
    let statements = (0..<300).map {
      "<http://e/s\($0)> <http://e/p> [ <http://e/q> ( 1 \($0) ) ] .\n"
    }
    let input = Array(statements.joined().utf8)
    let reader = RDFReader(format: .turtle)
    input.withUnsafeBytes { buffer in
      let parts = reader.turtleParts(of: buffer, count: 2)
      #expect(parts.count == 2)
      for part in parts {
        var whole = RecordingSink()
        var windowed = RecordingSink()
        var ends: [Int] = []
        let outcomes = [
          reader.read(buffer, part: part, into: &whole),
          reader.read(buffer, part: part, window: 97, into: &windowed) { _, end in
            ends.append(end)
          },
        ]
        for case .failed(let error) in outcomes { Issue.record(error) }
        #expect(windowed.statements == whole.statements)
        #expect(ends.first! > part.range.lowerBound && ends.last == part.range.upperBound)
        #expect(ends == ends.sorted())
      }
    }
  }

  @Test func anErrorInTheLastPartIsPlacedInTheWholeFile() throws {
    let text =
      "@prefix ex: <http://e/> .\n" + String(repeating: "ex:s ex:p ex:o .\n", count: 10)
      + "ex:s ex:p oops .\n"
    let input = Array(text.utf8)
    let whole = #expect(throws: RDFSyntaxError.self) { try Parsing.record(input, .turtle) }
    let split = #expect(throws: RDFSyntaxError.self) {
      try SplitReading.read(input, base: nil, parts: 2)
    }
    #expect(split == whole)
    #expect(split?.line == 12)
  }

  @Test func everyCutOfEveryW3CInputReadsTheWholeOrIsRedone() throws {
    var valid = 0
    var redone = 0
    for test in W3CManifest.tests("rdf-turtle")
    where test.type == "TestTurtleEval" || test.type.hasSuffix("PositiveSyntax") {
      let input = try W3CManifest.bytes(test.suite, test.actionFile)
      let counts = try Self.compareEveryCut(of: input, base: test.action, name: test.name)
      valid += counts.valid
      redone += counts.redone
    }
    #expect(valid > 300)
    #expect(redone > 0)
  }

  @Test func everyCutOfAnInvalidW3CInputFailsAsTheWholeOrIsRedone() throws {
    for test in W3CManifest.tests("rdf-turtle")
    where test.type.hasSuffix("NegativeSyntax") || test.type.hasSuffix("NegativeEval") {
      let input = try W3CManifest.bytes(test.suite, test.actionFile)
      let whole = #expect(throws: RDFSyntaxError.self) {
        try Parsing.record(input, .turtle, base: test.action)
      }
      for cut in Self.lineStarts(input) {
        do {
          #expect(
            try Self.isRedone(SplitReading.read(input, base: test.action, cuts: [cut])),
            "\(test.name) cut at \(cut)")
        } catch {
          #expect(error as? RDFSyntaxError == whole, "\(test.name) cut at \(cut)")
        }
      }
    }
  }

  @Test func theBundledDatasetAsTurtleSplitsWhereTheReaderCuts() throws {
    let graph = try DatasetLoader.load(path: Self.bundled)
    let input = Array(TurtleExporter(graph: graph, selection: .whole(graph)).rendered().utf8)
    let whole = SplitReading.canonical(try Parsing.record(input, .turtle).statements)
    for count in 2...4 {
      guard case .valid(let joined) = try SplitReading.read(input, base: nil, parts: count) else {
        Issue.record("kg's own Turtle in \(count) parts must not need a serial read")
        continue
      }
      #expect(SplitReading.canonical(joined.statements) == whole)
    }
    let lineStarts = Self.lineStarts(input)
    let someCuts = stride(from: 0, to: lineStarts.count, by: max(1, lineStarts.count / 60)).map {
      lineStarts[$0]
    }
    _ = try Self.compareEveryCut(of: input, base: nil, cuts: someCuts)
  }

  /// Splits `input` once at each cut (every line start by default) and expects the whole
  /// read's statements and prefixes from each valid split; returns how many were valid and
  /// how many asked for a serial read.
  private static func compareEveryCut(
    of input: [UInt8], base: String?, name: String = "", cuts: [Int]? = nil
  ) throws -> (valid: Int, redone: Int) {
    let whole = try Parsing.record(input, .turtle, base: base)
    let statements = SplitReading.canonical(whole.statements)
    var counts = (valid: 0, redone: 0)
    for cut in cuts ?? lineStarts(input) {
      guard case .valid(let joined) = try SplitReading.read(input, base: base, cuts: [cut]) else {
        counts.redone += 1
        continue
      }
      #expect(SplitReading.canonical(joined.statements) == statements, "\(name) cut at \(cut)")
      #expect(joined.prefixes.map(\.namespace) == whole.prefixes.map(\.namespace))
      #expect(joined.bases == whole.bases)
      counts.valid += 1
    }
    return counts
  }

  private static func isRedone(_ joined: SplitReading.Joined) -> Bool {
    if case .redoSerially = joined { return true }
    return false
  }

  private static func lineStarts(_ input: [UInt8]) -> [Int] {
    input.indices.filter { $0 > 0 && input[$0 - 1] == 0x0A }
  }
}
