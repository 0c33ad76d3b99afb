import Foundation
import Testing

/// `kg` finds its bundled dataset however it is started: from any working
/// directory, and as a copied binary with `kg.json` beside it.
@Suite("Finding the bundled dataset")
struct DatasetLocationTests {
  @Test func theBuiltBinaryFindsTheBundledDatasetFromAnyDirectory() throws {
    let result = try ProcessRunner.run("/bin/sh", ["-c", "cd / && exec \"$0\" stats", Paths.kg])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Alibaba's AI labs (September 2022)\n"))
  }

  @Test func aCopiedBinaryPrefersTheDatasetBesideIt() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appendingPathComponent("kg").path
    // `cp` in a child process, so no file descriptor open for writing on the
    // copy can leak into another test's fork and make exec fail with ETXTBSY.
    try ProcessRunner.run("/bin/cp", [Paths.kg, copy])
    try FileManager.default.copyItem(
      atPath: Paths.fixture("chain.json"), toPath: directory.appendingPathComponent("kg.json").path)
    let result = try ProcessRunner.run("/bin/sh", ["-c", "cd / && exec \"$0\" stats", copy])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("E2E fixture graph\n"))
  }
}
