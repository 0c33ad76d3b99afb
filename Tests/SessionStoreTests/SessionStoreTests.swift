import Foundation
import Testing

@testable import SessionStore

@Suite struct SessionStoreTests {
  static let identity = DatasetIdentity(title: "China tech", location: "/data/china.json")

  static func store(
    _ directory: TemporaryDirectory, identity: DatasetIdentity = identity, history: Bool = true
  ) -> SessionStore {
    SessionStore(
      identity: identity,
      directories: StateDirectories(
        data: directory.directories.data, state: directory.directories.state),
      recordsHistory: history)
  }

  @Test func xdgDirectoriesAndFallbacks() {
    let explicit = StateDirectories(environment: [
      "HOME": "/home/u", "XDG_DATA_HOME": "/x/data", "XDG_STATE_HOME": "/x/state",
    ])
    #expect(explicit == StateDirectories(data: "/x/data/kg", state: "/x/state/kg"))
    let fallback = StateDirectories(environment: ["HOME": "/home/u", "XDG_DATA_HOME": "rel"])
    #expect(
      fallback
        == StateDirectories(data: "/home/u/.local/share/kg", state: "/home/u/.local/state/kg"))
    #expect(StateDirectories(environment: [:]) == nil)
  }

  @Test func cacheDirectoryAndFallback() {
    #expect(StateDirectories.cache(environment: ["XDG_CACHE_HOME": "/x/cache"]) == "/x/cache/kg")
    #expect(
      StateDirectories.cache(environment: ["HOME": "/home/u", "XDG_CACHE_HOME": "rel"])
        == "/home/u/.cache/kg")
    #expect(StateDirectories.cache(environment: [:]) == nil)
  }

  @Test func fileStemIsSafeAndKeyedByTitle() {
    let stem = DatasetIdentity(title: "../Évil / name\n", location: "/a").fileStem
    #expect(!stem.contains("/") && !stem.contains(".") && !stem.contains("\n"))
    #expect(
      DatasetIdentity(title: "T", location: "/a").fileStem
        == DatasetIdentity(title: "T", location: "/b").fileStem)
    #expect(
      DatasetIdentity(title: "T1", location: "/a").fileStem
        != DatasetIdentity(title: "T2", location: "/a").fileStem)
  }

  @Test func bookmarksRoundTripAndRememberPaths() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try store.addBookmark(StoredBookmark(id: "pku", name: "Peking University"))
    try store.addBookmark(StoredBookmark(id: "ustc", name: "USTC"))
    try store.removeBookmark(id: "pku")
    let moved = Self.store(
      directory, identity: DatasetIdentity(title: "China tech", location: "/moved/china.json"))
    try moved.addBookmark(StoredBookmark(id: "smic", name: "SMIC"))
    let snapshot = Self.store(directory).load()
    #expect(snapshot.bookmarks.bookmarks.map(\.id) == ["ustc", "smic"])
    #expect(snapshot.bookmarks.paths == ["/data/china.json", "/moved/china.json"])
    #expect(snapshot.warnings.isEmpty)
  }

  @Test func filesArePlainSortedJSONAUserCanEdit() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try store.addBookmark(StoredBookmark(id: "pku", name: "北京大学 \"PKU\"\n"))
    let text = try #require(
      directory.contents("data/kg/" + (store.bookmarkPath as NSString).lastPathComponent))
    #expect(
      text == """
        {
          "bookmarks" : [
            {
              "id" : "pku",
              "name" : "北京大学 \\"PKU\\"\\n"
            }
          ],
          "languages" : [],
          "paths" : [
            "/data/china.json"
          ],
          "title" : "China tech",
          "version" : 1
        }

        """)
  }

  @Test func atomicReplaceLeavesNoTemporaryFiles() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    for number in 0..<20 { try store.addBookmark(StoredBookmark(id: "e\(number)", name: "E")) }
    #expect(directory.files(in: "data/kg").allSatisfy { !$0.contains(".tmp-") })
    #expect(store.load().bookmarks.bookmarks.count == 20)
  }

  @Test func crashBetweenWriteAndRenameKeepsTheOldFile() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try store.addBookmark(StoredBookmark(id: "pku", name: "PKU"))
    // What a crash after writing the temporary file but before the rename leaves behind.
    let stray = store.bookmarkPath + AtomicFile.temporaryMarker + "99999"
    try Data("{\"version\":1,\"bookmarks\":[{\"id\":\"half".utf8).write(
      to: URL(fileURLWithPath: stray))
    let snapshot = store.load()
    #expect(snapshot.bookmarks.bookmarks.map(\.id) == ["pku"])
    #expect(snapshot.warnings.isEmpty)
    try store.addBookmark(StoredBookmark(id: "ustc", name: "USTC"))
    #expect(store.load().bookmarks.bookmarks.map(\.id) == ["pku", "ustc"])
  }

  @Test func twoStoresWritingAtOnceKeepEveryChange() async throws {
    let directory = try TemporaryDirectory()
    let first = Self.store(directory)
    let second = Self.store(directory)
    await withTaskGroup(of: Void.self) { group in
      for (store, prefix) in [(first, "a"), (second, "b")] {
        group.addTask {
          for number in 0..<25 {
            _ = try? store.addBookmark(StoredBookmark(id: "\(prefix)\(number)", name: prefix))
          }
        }
      }
    }
    let ids = Set(first.load().bookmarks.bookmarks.map(\.id))
    #expect(ids.count == 50)
  }

  @Test func historyMergesWithAnotherSession() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    var mine = HistoryDocument()
    mine.visits = ["", "pku", "ustc"]
    mine.position = 2
    mine.searches = ["peking", "hefei"]
    var theirs = HistoryDocument()
    theirs.searches = ["smic", "peking"]
    theirs.recent = ["smic"]
    try store.saveHistory(theirs)
    mine.recent = ["pku", "ustc"]
    try store.saveHistory(mine)
    let history = store.load().history
    #expect(history.searches == ["smic", "peking", "hefei"])
    #expect(history.recent == ["smic", "pku", "ustc"])
    #expect(history.visits == ["", "pku", "ustc"])
    #expect(history.position == 2)
  }

  @Test func historyIsCapped() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    var history = HistoryDocument()
    history.searches = (0..<(HistoryDocument.limit + 50)).map { "q\($0)" }
    history.visits = (0..<(HistoryDocument.limit + 50)).map { "e\($0)" }
    history.position = HistoryDocument.limit + 49
    try store.saveHistory(history)
    let saved = store.load().history
    #expect(saved.searches.count == HistoryDocument.limit)
    #expect(saved.searches.last == "q\(HistoryDocument.limit + 49)")
    #expect(saved.position == HistoryDocument.limit - 1)
  }

  @Test func noHistoryReadsAndWritesNoHistoryFile() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory, history: false)
    var history = HistoryDocument()
    history.searches = ["x"]
    try store.saveHistory(history)
    #expect(directory.files(in: "state/kg").isEmpty)
    #expect(store.load().history.searches.isEmpty)
  }

  @Test(arguments: ["", "{\"version\":1,\"bookmarks\":[", "not json", "{\"bookmarks\":[]}"])
  func corruptFileIsMovedAsideWithAWarning(contents: String) throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try FileManager.default.createDirectory(
      atPath: directory.directories.data, withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: URL(fileURLWithPath: store.bookmarkPath))
    let snapshot = store.load()
    #expect(snapshot.bookmarks.bookmarks.isEmpty)
    #expect(snapshot.warnings.count == 1)
    #expect(snapshot.warnings.first?.hasPrefix("damaged state file moved aside") == true)
    #expect(directory.files(in: "data/kg").contains { $0.contains(".corrupt-") })
    try store.addBookmark(StoredBookmark(id: "pku", name: "PKU"))
    #expect(store.load().bookmarks.bookmarks.map(\.id) == ["pku"])
  }

  @Test func readOnlyDirectoryWarnsAndDoesNotThrowOnLoad() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try store.addBookmark(StoredBookmark(id: "pku", name: "PKU"))
    chmod(directory.directories.data, 0o500)
    defer { chmod(directory.directories.data, 0o755) }
    guard access(directory.directories.data, W_OK) != 0 else { return }  // running as root
    #expect(throws: StoreFailure.self) {
      try store.addBookmark(StoredBookmark(id: "ustc", name: "USTC"))
    }
    #expect(store.load().bookmarks.bookmarks.map(\.id) == ["pku"])
  }

  @Test func unwritableParentGivesAFailureNotACrash() throws {
    let directory = try TemporaryDirectory()
    try Data("file".utf8).write(to: URL(fileURLWithPath: directory.path + "/data"))
    let store = Self.store(directory)
    #expect(store.load().warnings.count == 1)
    #expect(throws: StoreFailure.self) {
      try store.addBookmark(StoredBookmark(id: "pku", name: "PKU"))
    }
  }

  @Test func fileFromANewerVersionIsReadButNeverWritten() throws {
    let directory = try TemporaryDirectory()
    let store = Self.store(directory)
    try FileManager.default.createDirectory(
      atPath: directory.directories.data, withIntermediateDirectories: true)
    let newer = """
      {"version": 2, "bookmarks": [{"id": "pku", "name": "PKU", "colour": "red"}], "future": true}
      """
    try Data(newer.utf8).write(to: URL(fileURLWithPath: store.bookmarkPath))
    let snapshot = store.load()
    #expect(snapshot.bookmarks.bookmarks.map(\.id) == ["pku"])
    #expect(snapshot.warnings.first?.hasPrefix("a newer kg (format 2) wrote") == true)
    #expect(throws: StoreFailure.self) {
      try store.addBookmark(StoredBookmark(id: "ustc", name: "USTC"))
    }
    #expect(
      directory.contents("data/kg/" + (store.bookmarkPath as NSString).lastPathComponent)
        == newer)
  }
}
