import GraphFixtures
import RDF
import Testing

/// Damaged copies of the W3C inputs: the readers must never trap, and the streaming path must
/// agree with the whole-buffer path on the statements and on the errors, message and place.
struct MutationTests {
  private static let damage: [UInt8] =
    Array(".;,[]()\"'\\<>:_@^#\n ".utf8) + [0xFF, 0xC3, 0xE2, 0x00]

  private func outcome(_ bytes: [UInt8], _ format: RDFFormat, chunkSize: Int?, limit: Int)
    -> String
  {
    do {
      let sink = try Parsing.record(
        bytes, format, base: "http://example/base/", chunkSize: chunkSize, errorLimit: limit)
      return sink.statements.map(\.description).joined(separator: "\n")
    } catch {
      return "error: \(error)"
    }
  }

  private func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var copy = bytes
    guard !copy.isEmpty else { return copy }
    for _ in 0...Int.random(in: 0..<3, using: &random) {
      let index = Int.random(in: 0..<copy.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: copy[index] = MutationTests.damage.randomElement(using: &random)!
      case 1: copy.insert(MutationTests.damage.randomElement(using: &random)!, at: index)
      default: copy.removeSubrange(index..<min(copy.count, index + 3))
      }
    }
    return copy
  }

  @Test(arguments: [
    ("rdf-turtle", RDFFormat.turtle), ("rdf-n-triples", .nTriples), ("rdf-n-quads", .nQuads),
  ])
  func damagedInputIsHandledTheSameWayWholeAndStreamed(suite: String, format: RDFFormat) throws {
    var random = SplitMix64(seed: 20_261_202)
    for test in W3CManifest.tests(suite) {
      let input = try W3CManifest.bytes(suite, test.actionFile)
      for _ in 0..<6 {
        let damaged = mutate(input, &random)
        for limit in [1, 100] {
          let whole = outcome(damaged, format, chunkSize: nil, limit: limit)
          let streamed = outcome(damaged, format, chunkSize: 3, limit: limit)
          #expect(whole == streamed, "\(test.name), limit \(limit)")
        }
      }
    }
  }
}
