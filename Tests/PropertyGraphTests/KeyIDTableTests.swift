import Testing

@testable import PropertyGraph

/// `KeyIDTable` finds GraphML keys and relation types by their bytes; ids
/// that share lengths, tails or buckets must still be told apart.
struct KeyIDTableTests {
  private static let ids =
    ["node.name", "node.type", "edge.type", "edge.name", "a", "ab", "", "12345678", "x12345678"]
    + (0..<600).map { "key\($0)" } + (0..<40).map { String(repeating: "k", count: $0 + 1) }

  @Test func everyIDIsFoundAndNothingElse() {
    var table = KeyIDTable()
    for id in Self.ids { table.append(id.utf8) }
    for (number, id) in Self.ids.enumerated() {
      #expect(Self.number(of: id, in: table) == number)
    }
    for absent in [
      "node.nam", "xnode.name", "key600", "b", "02345678",
      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk",
    ] {
      #expect(Self.number(of: absent, in: table) == nil)
    }
    #expect(Self.isID(Self.ids.count - 1, String(repeating: "k", count: 40), in: table))
    #expect(!Self.isID(0, "node.type", in: table))
  }

  private static func number(of id: String, in table: KeyIDTable) -> Int? {
    Array(id.utf8).withUnsafeBufferPointer { table.number(of: $0) }
  }

  private static func isID(_ number: Int, _ id: String, in table: KeyIDTable) -> Bool {
    Array(id.utf8).withUnsafeBufferPointer { table.isID(number, $0) }
  }
}
