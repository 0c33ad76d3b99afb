@testable import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Problems with the file itself, before any JSON is read.
struct DatasetFileTests {
  let directory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kg-loader-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  @Test func missingFile() {
    let missing = path("missing.json")
    #expect(throws: LoadError("\(missing): file not found")) {
      try DatasetLoader.load(path: missing)
    }
  }

  @Test func directoryIsRefused() {
    #expect(throws: LoadError("\(directory.path): is a directory, not a dataset file")) {
      try DatasetLoader.load(path: directory.path)
    }
  }

  @Test func emptyFile() throws {
    let empty = path("empty.json")
    try Data().write(to: URL(fileURLWithPath: empty))
    #expect(
      throws: LoadError(
        "\(empty): the file is empty; a dataset is a JSON object that starts with '{'")
    ) {
      try DatasetLoader.load(path: empty)
    }
  }

  @Test func fifoIsRefusedWithoutWaitingForAWriter() {
    let fifo = path("fifo.json")
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(
      throws: LoadError(
        "\(fifo): is a FIFO, not a regular file; kg reads datasets only from regular files")
    ) {
      try DatasetLoader.load(path: fifo)
    }
  }

  @Test func deviceIsRefusedWithoutReadingIt() {
    #expect(
      throws: LoadError(
        "/dev/zero: is a character device, not a regular file; kg reads datasets only from regular files"
      )
    ) {
      try DatasetLoader.load(path: "/dev/zero")
    }
  }

  @Test func unreadableFileSaysPermissionDenied() {
    #expect(
      DatasetFile.failure("secret.json", openError: EACCES)
        == LoadError("secret.json: cannot read the file: permission denied"))
  }

  @Test func errorsInAFileNameItsPath() throws {
    let file = path("bad.json")
    try Data(#"{"kg": 2, "entities": [], "relations": []}"#.utf8).write(
      to: URL(fileURLWithPath: file))
    #expect(
      throws: LoadError(
        "\(file):1:8: unsupported format version \"kg\": 2; this kg reads version 1")
    ) {
      try DatasetLoader.load(path: file)
    }
  }

  @Test func progressRisesToOne() throws {
    let file = path("large.json")
    let entities = (0..<40_000).map { #"{"id": "e\#($0)", "name": "Entity \#($0)"}"# }
    let text =
      #"{"kg": 1, "entities": ["# + entities.joined(separator: ",\n") + #"], "relations": []}"#
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    var fractions: [Double] = []
    let graph = try DatasetLoader.load(path: file) { fractions.append($0) }
    #expect(graph.entityCount == 40_000)
    #expect(fractions.count >= 3)
    #expect(fractions == fractions.sorted())
    #expect(fractions.last == 1)
  }
}
