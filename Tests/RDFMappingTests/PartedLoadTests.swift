import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

@testable import RDF

/// A plain N-Triples or N-Quads file read in parts, each by its own mapper
/// on its own core and merged afterwards, gives exactly the graph one read
/// of the whole file gives: the same entities in the same order, relations,
/// names, attributes and provenance, and the same first error.
@Suite struct PartedLoadTests {
  static let rdf = RDFVocabulary.rdf
  static let options = WindowedLoadTests.options

  /// The bundled dataset as N-Triples, or as N-Quads with named graphs in
  /// the second half only.
  static func bundled(_ format: RDFFormat) throws -> String {
    let lines = try WindowedLoadTests.bundledTriples().split(separator: "\n")
    guard format == .nQuads else { return lines.joined(separator: "\n") + "\n" }
    return lines.indices.map { index in
      guard index > lines.count / 2, index % 5 == 0 else { return lines[index] + "\n" }
      return lines[index].dropLast() + "<http://g/\(index % 3)> .\n"
    }.joined()
  }

  /// The file read as `kg --data` would read it in `parts` parts (1 reads it whole).
  static func load(_ path: String, _ format: RDFFormat, parts: Int, window: Int = 97) throws
    -> Graph
  {
    try RDFLoader.load(
      path: path, format: format, options: options,
      plan: ReadPlan(window: window, parts: parts, splitThreshold: parts > 1 ? 0 : .max))
  }

  static func withFile<Result>(_ text: String, _ body: (String) throws -> Result) throws -> Result {
    try TemporaryFile.with(text, suffix: ".nt", body)
  }

  @Test(arguments: [RDFFormat.nTriples, .nQuads])
  func theBundledDatasetReadsInPartsAsWhole(format: RDFFormat) throws {
    try Self.withFile(try Self.bundled(format)) { path in
      let whole = try Self.load(path, format, parts: 1)
      #expect(whole.provenanceCount > 0)
      for parts in [2, 3, 8] {
        for window in [97, 1 << 20] {
          let parted = try Self.load(path, format, parts: parts, window: window)
          #expect(GraphContents(parted) == GraphContents(whole), "\(parts) parts, window \(window)")
        }
      }
    }
  }

  /// Objects named before their subjects, blank nodes, a list and a
  /// reified statement with provenance whose triples are cut apart, an
  /// object that is never a subject, a class that is a relation's object
  /// only after it was a type, and a named graph only near the end: cut
  /// before every line, the parts give the graph of the whole.
  static let crossingLines = [
    "<http://e/a> <http://e/knows> <http://e/b> .",
    "<http://e/a> <\(rdf)type> <http://e/Person> .",
    "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .",
    "_:n1 <http://e/near> _:n2 .",
    "<http://e/a> <http://e/tags> _:l1 .",
    "_:l1 <\(rdf)first> \"x\" .",
    "_:l1 <\(rdf)rest> _:l2 .",
    "_:l2 <\(rdf)first> <http://e/c> .",
    "_:l2 <\(rdf)rest> <\(rdf)nil> .",
    "_:s1 <\(rdf)type> <\(rdf)Statement> .",
    "_:s1 <\(rdf)subject> <http://e/a> .",
    "_:s1 <\(rdf)predicate> <http://e/knows> .",
    "_:s1 <\(rdf)object> <http://e/b> .",
    "_:s1 <https://kg.invalid/vocab/source> <http://e/paper> .",
    "_:s1 <https://kg.invalid/vocab/quote> \"a knows b\" .",
    "<http://e/b> <http://www.w3.org/2000/01/rdf-schema#label> \"B\"@de .",
    "<http://e/b> <http://e/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
    "_:n2 <http://e/near> <http://e/only> .",
    "_:n1 <http://e/label> \"first blank\" .",
    "<http://e/c> <http://e/knows> <http://e/a> <http://e/graph> .",
    "<http://e/paper> <http://www.w3.org/2000/01/rdf-schema#label> \"The paper\" .",
    "<http://e/paper> <http://e/about> <http://e/Person> .",
  ]

  @Test func everyCutGivesTheWholeReadsGraph() throws {
    try Self.withFile(Self.crossingLines.joined(separator: "\n") + "\n") { path in
      let whole = try Self.load(path, .nQuads, parts: 1)
      #expect(whole.entityIndex(forID: "http://e/only") != nil)
      #expect(whole.entityIndex(forID: "http://e/Person") != nil)
      #expect(whole.provenanceCount == 2)
      for parts in 2...Self.crossingLines.count + 1 {
        let parted = try Self.load(path, .nQuads, parts: parts, window: 16)
        #expect(GraphContents(parted) == GraphContents(whole), "\(parts) parts")
      }
    }
  }

  @Test func aFileBelowTheThresholdIsReadInOnePart() throws {
    let text = Self.crossingLines.joined(separator: "\n") + "\n"
    let plan = ReadPlan(window: 16, parts: 2, splitThreshold: text.utf8.count + 1)
    let ranges = Array(text.utf8).withUnsafeBytes { plan.ranges(of: $0, format: .nQuads) }
    #expect(ranges == [0..<text.utf8.count])
    let turtle = Array(text.utf8).withUnsafeBytes {
      ReadPlan(window: 16, parts: 2, splitThreshold: 0).ranges(of: $0, format: .turtle)
    }
    #expect(turtle.count == 1)
  }

  static let good = "<http://e/s> <http://e/p> <http://e/o> .\n"

  static func loadError(_ text: String, parts: Int) -> String? {
    do {
      _ = try withFile(text) { try load($0, .nTriples, parts: parts) }
      return nil
    } catch {
      return (error as? LoadError)?.message.split(separator: ":").dropFirst().joined(separator: ":")
    }
  }

  @Test func anErrorInTheSecondPartNamesItsLine() {
    let text = String(repeating: Self.good, count: 40) + "<http://e/s> oops .\n" + Self.good
    #expect(Self.loadError(text, parts: 2) == "41:14: expected a predicate IRI, found 'oops'")
  }

  @Test func whenEveryPartFailsTheFirstErrorInTheFileWins() {
    let bad = "<http://e/s> <http://e/p> .\n"
    let text =
      String(repeating: Self.good, count: 3) + bad + String(repeating: Self.good, count: 30)
      + "oops\n" + String(repeating: Self.good, count: 30) + bad
    for parts in [2, 3, 5] {
      #expect(
        Self.loadError(text, parts: parts)
          == "4:27: expected an object (an IRI, a blank node or a literal), found '.'",
        "\(parts) parts")
    }
  }

  /// `kg validate` lists the errors in file order and stops at its limit
  /// where one read would, even when the limit falls in a later part.
  @Test(arguments: [10, 60, 99, 150])
  func validationListsErrorsInFileOrderUpToTheLimit(errorsPerHalf: Int) throws {
    let half = (0..<errorsPerHalf).map {
      "<http://e/s\($0)> <http://e/p> <http://e/o\($0)> .\n<http://e/s\($0)> oops .\n"
    }.joined()
    let text =
      half + String(repeating: Self.good, count: 4)
      + half.replacingOccurrences(of: "/s", with: "/t")
    try Self.withFile(text) { path in
      let whole = try RDFValidator.validate(
        path: path, format: .nTriples, options: Self.options,
        plan: ReadPlan(window: 97, parts: 1, splitThreshold: .max))
      for parts in [2, 3] {
        let parted = try RDFValidator.validate(
          path: path, format: .nTriples, options: Self.options,
          plan: ReadPlan(window: 97, parts: parts, splitThreshold: 0))
        #expect(parted.errors == whole.errors, "\(parts) parts")
        #expect(parted.summary == whole.summary, "\(parts) parts")
        #expect(parted.stoppedEarly == whole.stoppedEarly)
      }
      #expect(whole.errors.count == min(2 * errorsPerHalf, RDFValidator.errorLimit))
    }
  }
}

extension Graph {
  /// How many relations have a source or a quote.
  fileprivate var provenanceCount: Int {
    (0..<relationCount).count(where: { index in
      let relation = relation(RelationIndex(index))
      return relation.source != nil || relation.quote != nil
    })
  }
}

/// The merge serves any parts that read on their own, such as the Turtle
/// statements a splitter would hand over with the prefixes in force there.
@Suite struct PartedTurtleTests {
  @Test func turtlePartsMergeAsOneReadWithTheirPrefixes() throws {
    let parts = [
      "@prefix e: <http://e/> .\ne:a e:knows e:b ; e:name \"A\" ; e:size 3 .\n",
      "@prefix e: <http://e/> .\n@prefix f: <http://f/> .\ne:b e:knows f:c , e:a ; e:name \"B\"@en .\n",
      "@prefix e: <http://e/> .\n@prefix f: <http://other/> .\nf:c e:knows e:d ; e:size 4.5 .\n",
    ]
    let text = parts.joined()
    var starts = [0]
    for part in parts { starts.append(starts[starts.count - 1] + part.utf8.count) }
    let ranges = zip(starts, starts.dropFirst()).map { $0..<$1 }
    let options = PartedLoadTests.options
    let (mapper, failure) = Array(text.utf8).withUnsafeBytes { buffer in
      PartedRead.read(
        ranges, with: RDFReader(format: .turtle),
        mapper: { _ in GraphMapper(languages: options.languages) }
      ) { reader, part, mapper in
        try reader.read(UnsafeRawBufferPointer(rebasing: buffer[ranges[part]]), into: &mapper)
      }
    }
    #expect(failure == nil)
    var assembly = GraphAssembly(mapper, defaultTitle: "kg.ttl")
    let merged = assembly.build()
    #expect(
      GraphContents(merged)
        == GraphContents(
          try RDFLoader.load(
            bytes: Array(text.utf8), name: "kg.ttl", format: .turtle, options: options)))
    #expect(merged.metadata.namespaces.contains { $0.prefix == "f" && $0.iri == "http://other/" })
  }

  static func bundledTurtle() throws -> String {
    let original = try DatasetLoader.load(path: RoundTripTests.bundled)
    return TurtleExporter(graph: original, selection: .whole(original)).rendered()
  }

  static func withTurtle<Result>(_ text: String, _ body: (String) throws -> Result) throws
    -> Result
  {
    try TemporaryFile.with(text, suffix: ".ttl", body)
  }

  @Test(arguments: [2, 3, 8])
  func theBundledDatasetAsTurtleLoadsInPartsAsWhole(parts: Int) throws {
    try Self.withTurtle(try Self.bundledTurtle()) { path in
      let whole = try PartedLoadTests.load(path, .turtle, parts: 1)
      let parted = try PartedLoadTests.load(path, .turtle, parts: parts)
      #expect(GraphContents(parted) == GraphContents(whole))
    }
  }

  /// A cut that falls inside a long string, where a line ends in `.` and the
  /// next starts like a statement, fails the check, and the file is read whole.
  @Test func aCutInsideALongStringReadsTheFileWhole() throws {
    let filler = (0..<40).map { "e:n\($0) e:name \"N\($0)\" .\n" }.joined()
    let text = """
      @prefix e: <http://e/> .
      e:a e:knows e:b .
      e:a e:note \"\"\"one line ends here .
      e:fake e:knows e:c .
      @prefix e: <http://other/> .
      and the string ends\"\"\" .

      """ + filler
    try Self.withTurtle(text) { path in
      let whole = try PartedLoadTests.load(path, .turtle, parts: 1)
      for parts in [2, 3, 5] {
        let parted = try PartedLoadTests.load(path, .turtle, parts: parts)
        #expect(GraphContents(parted) == GraphContents(whole), "\(parts) parts")
        #expect(parted.entityIndex(forID: "e:fake") == nil)
      }
    }
  }

  /// Errors name the same line whether the file was read in parts or whole.
  @Test(arguments: [2, 8])
  func turtleErrorsNameTheirLineInEveryPart(parts: Int) throws {
    let lines = (0..<60).map { "<http://e/n\($0)> <http://e/name> \"N\($0)\" ." }
    for broken in [3, 31, 58] {
      var text = lines
      text[broken] = "<http://e/n> <http://e/name> \"unterminated ."
      let file = text.joined(separator: "\n") + "\n"
      let messages = try Self.withTurtle(file) { path in
        [1, parts].map { Self.message(path, parts: $0) }
      }
      #expect(messages[0] == messages[1])
      #expect(messages[1].contains(":\(broken + 1):"), "\(messages[1])")
    }
  }

  private static func message(_ path: String, parts: Int) -> String {
    do {
      _ = try PartedLoadTests.load(path, .turtle, parts: parts)
      return "no error"
    } catch {
      return (error as? LoadError)?.message ?? "\(error)"
    }
  }
}
