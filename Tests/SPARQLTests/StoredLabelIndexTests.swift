import Foundation
import Testing

@testable import SPARQL

/// The label index kept on disk between sessions: a second session reads
/// it back and searches as the first did after one query, and a file that
/// is stale, damaged, cut short, of another version or of another endpoint
/// is fetched again and replaced, never trusted and never fatal.
@Suite(.serialized) struct StoredLabelIndexTests {
  /// A fresh directory per test, removed at its end.
  final class Directory {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-label-index-\(UUID().uuidString)").path

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(for address: String = "http://127.0.0.1/query") -> LabelIndexFile {
      LabelIndexFile(directory: path, address: address)
    }
  }

  let labels = LabelIndexTests()

  /// Loads the index through `file` with a counting client, returning the
  /// loader and the queries it sent.
  func load(_ file: LabelIndexFile) throws -> (LabelIndexLoader, [String]) {
    let counting = CountingEndpoint(try labels.client())
    let loader = LabelIndexLoader(file: file)
    loader.load(from: labels.source(counting))
    return (loader, counting.queries)
  }

  func results(_ loader: LabelIndexLoader) throws -> [[String]] {
    let index = try #require(loader.ready)
    return try (LabelIndexTests.queries + LabelIndexTests.beyondContains).map {
      LabelIndexTests.lines(try index.search($0, limit: 20))
    }
  }

  @Test func aSecondSessionReadsTheIndexBackAndOnlyCounts() throws {
    let directory = Directory()
    let (first, fetching) = try load(directory.file())
    #expect(fetching.count == 6)
    #expect(FileManager.default.fileExists(atPath: directory.file().path))
    let (second, checking) = try load(directory.file())
    #expect(checking.count == 1)
    #expect(checking.first?.contains("COUNT") == true)
    #expect(try results(second) == results(first))
  }

  @Test func aStaleCountFetchesTheIndexAgainAndStoresTheNewCount() throws {
    let directory = Directory()
    let file = directory.file()
    let (fresh, _) = try load(file)
    let stored = try #require(file.read())
    file.write(
      StoredLabelIndex(
        endpointCount: stored.endpointCount - 1, cards: stored.cards,
        typeLabels: stored.typeLabels))
    let (refreshed, queries) = try load(file)
    #expect(queries.count == 6)
    #expect(queries.filter { $0.contains("COUNT") }.count == 1)
    #expect(file.read()?.endpointCount == stored.endpointCount)
    #expect(try results(refreshed) == results(fresh))
  }

  /// Ways a stored file can be unusable, each applied to a good file's bytes.
  static let damages: [(name: String, damage: @Sendable ([UInt8]) -> [UInt8])] = [
    ("cut in half", { Array($0.prefix($0.count / 2)) }),
    ("cut before its checksum", { Array($0.dropLast(3)) }),
    (
      "one byte changed",
      { bytes in
        var changed = bytes
        changed[bytes.count / 2] ^= 0x20
        return changed
      }
    ),
    ("empty", { _ in [] }),
    ("not an index", { _ in Array("<a> <b> <c> .\n".utf8) }),
    (
      "another version",
      { bytes in
        var changed = Array(bytes.dropLast(8))
        changed[StoredLabelIndex.magic.count] &+= 1
        let checksum = StoredLabelIndex.checksum(changed[...])
        withUnsafeBytes(of: checksum.littleEndian) { changed += $0 }
        return changed
      }
    ),
  ]

  @Test(arguments: damages.indices)
  func anUnusableFileIsFetchedAgainAndReplaced(damage: Int) throws {
    let directory = Directory()
    let file = directory.file()
    _ = try load(file)
    let good = try Data(contentsOf: URL(fileURLWithPath: file.path))
    try Data(Self.damages[damage].damage(Array(good))).write(to: URL(fileURLWithPath: file.path))
    #expect(file.read() == nil, "\(Self.damages[damage].name) was read")
    let (loader, queries) = try load(file)
    #expect(queries.count == 6, "\(Self.damages[damage].name)")
    #expect(loader.ready != nil)
    #expect(file.read() != nil)
  }

  @Test func anotherEndpointsFileIsNotUsed() throws {
    let directory = Directory()
    let mine = directory.file(for: "http://127.0.0.1/query")
    _ = try load(mine)
    let theirs = LabelIndexFile(path: mine.path, address: "http://127.0.0.1/other")
    #expect(theirs.read() == nil)
    let (_, queries) = try load(theirs)
    #expect(queries.count == 6)
    #expect(mine.read() == nil)
    #expect(theirs.read() != nil)
  }

  @Test func filesAreNamedByTheAddress() {
    let directory = Directory()
    let one = directory.file(for: "http://127.0.0.1:7878/query")
    let other = directory.file(for: "http://127.0.0.1:7879/query")
    #expect(one.path != other.path)
    #expect(one.path.hasPrefix(directory.path + "/label-index/"))
    #expect(one.path.hasSuffix(".kgli"))
  }

  @Test func anUnwritableDirectoryOnlyCostsTheFile() throws {
    let file = LabelIndexFile(path: "/proc/kg-cannot-write/index.kgli", address: "x")
    let (loader, queries) = try load(file)
    #expect(queries.count == 6)
    #expect(loader.ready != nil)
  }
}
