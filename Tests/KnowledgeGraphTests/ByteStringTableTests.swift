import KnowledgeGraph
import Testing

/// The id table numbers keys in insertion order and must tell apart keys
/// that differ only past their eighth byte or only in trailing zero bytes,
/// since short keys are compared inline as one zero-padded word.
struct ByteStringTableTests {
  private let keys: [[UInt8]] = {
    var keys: [[UInt8]] = [[], [0], [0, 0], Array("a".utf8), Array("a".utf8) + [0]]
    keys += ["abcdefgh", "abcdefghi", "abcdefghj", "abcdefg", "阿里", "阿里巴巴集团"].map { Array($0.utf8) }
    keys += (0..<3000).map { Array("e\($0)".utf8) }
    keys += (0..<300).map { Array("entity-with-a-long-id-\($0)".utf8) }
    return keys
  }()

  private func table() -> ByteStringTable {
    var table = ByteStringTable()
    for key in keys {
      let inserted = key.withUnsafeBufferPointer { table.insert($0) }
      #expect(inserted.isNew)
    }
    return table
  }

  @Test func findsEveryKeyByItsInsertionNumber() {
    let table = table()
    #expect(table.count == keys.count)
    for (number, key) in keys.enumerated() {
      #expect(key.withUnsafeBufferPointer { table.find($0) } == UInt32(number))
      #expect(table.withKey(number) { Array($0) } == key)
    }
    #expect(Array("abcdefghk".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
    #expect(Array("e3000".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
  }

  @Test func insertingAgainReturnsTheFirstNumber() {
    var table = table()
    let again = Array("abcdefghi".utf8).withUnsafeBufferPointer { table.insert($0) }
    #expect(again.number == 6 && !again.isNew)
    #expect(table.count == keys.count)
  }

  @Test func findsManyKeysHeldInAnInputBuffer() {
    let table = table()
    let wanted = ["e7", "e7", "abcdefgh", "missing", "abcdefghi", "", "a", "e2999", "e2999"]
    var input: [UInt8] = []
    var refs: [StringRef] = []
    for key in wanted {
      refs.append(StringRef(input.count..<input.count + key.utf8.count))
      input += Array(key.utf8)
    }
    input += [0, 0]
    var results = [UInt32](repeating: 0, count: refs.count)
    input.withUnsafeBufferPointer { input in
      refs.withUnsafeBufferPointer { refs in
        results.withUnsafeMutableBufferPointer { table.findAll(refs, in: input, into: $0) }
      }
    }
    let expected = wanted.map { key in
      keys.firstIndex(of: Array(key.utf8)).map { UInt32($0) } ?? ByteStringTable.notFound
    }
    #expect(results == expected)
  }

  /// New keys are numbered in the order they first come, whether they
  /// repeat next to each other or further on, and known keys keep theirs.
  @Test func findsOrInsertsManyKeysInTheOrderTheyCome() {
    var table = table()
    let wanted = ["new-b", "e7", "new-a", "new-a", "missing", "new-b", "a", "missing"]
    var input: [UInt8] = []
    var refs: [StringRef] = []
    for key in wanted {
      refs.append(StringRef(input.count..<input.count + key.utf8.count))
      input += Array(key.utf8)
    }
    var results = [UInt32](repeating: 0, count: refs.count)
    input.withUnsafeBufferPointer { input in
      refs.withUnsafeBufferPointer { refs in
        results.withUnsafeMutableBufferPointer { table.findOrInsertAll(refs, in: input, into: $0) }
      }
    }
    let first = UInt32(keys.count)
    let e7 = UInt32(keys.firstIndex(of: Array("e7".utf8)) ?? 0)
    #expect(results == [first, e7, first + 1, first + 1, first + 2, first, 3, first + 2])
    #expect(table.count == keys.count + 3)
    #expect(table.key(Int(first + 2)) == "missing")
  }
}
