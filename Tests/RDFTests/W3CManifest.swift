import Foundation
import RDF

/// Reads a suite's `manifest.ttl` with the Turtle reader under test and walks its
/// `mf:entries` list.
enum W3CManifest {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("W3C")

  private static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  private static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"

  /// The base the manifests document (`mf:assumedTestBase` where given, the same layout
  /// otherwise), so that actions resolve to the IRIs the expected results use.
  static func base(_ suite: String) -> String {
    "https://w3c.github.io/rdf-tests/rdf/rdf11/\(suite)/manifest.ttl"
  }

  static func bytes(_ suite: String, _ file: String) throws -> [UInt8] {
    Array(
      try Data(contentsOf: directory.appendingPathComponent(suite).appendingPathComponent(file)))
  }

  /// The suite's tests in manifest order; empty if the manifest cannot be read, which the
  /// manifest test reports.
  static func tests(_ suite: String) -> [W3CTestCase] {
    (try? load(suite)) ?? []
  }

  static func load(_ suite: String) throws -> [W3CTestCase] {
    let sink = try Parsing.record(bytes(suite, "manifest.ttl"), .turtle, base: base(suite))
    var properties: [RecordedTerm: [String: RecordedTerm]] = [:]
    for statement in sink.statements {
      properties[statement.subject, default: [:]][statement.predicate.value] = statement.object
    }
    guard let manifest = properties.first(where: { $0.value[mf + "entries"] != nil }) else {
      return []
    }
    var entries: [RecordedTerm] = []
    var cell = manifest.value[mf + "entries"]!
    while cell != .iri(rdf + "nil"), let fields = properties[cell] {
      entries.append(fields[rdf + "first"]!)
      cell = fields[rdf + "rest"]!
    }
    return entries.map { entry in
      let fields = properties[entry] ?? [:]
      let type = fields[rdf + "type"]?.value ?? ""
      return W3CTestCase(
        suite: suite, name: fields[mf + "name"]?.value ?? entry.value,
        type: String(type[type.index(after: type.lastIndex(of: "#") ?? type.startIndex)...]),
        action: fields[mf + "action"]?.value ?? "", result: fields[mf + "result"]?.value)
    }
  }
}
