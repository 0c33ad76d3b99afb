import Foundation
import Testing

@testable import Terminal

@Suite("Clipboard and file completion")
struct ClipboardTests {
  @Test(
    "Base64 matches Foundation's for every length remainder", arguments: [0, 1, 2, 3, 4, 5, 100])
  func base64(length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    #expect(
      String(decoding: Base64.encode(bytes), as: UTF8.self) == Data(bytes).base64EncodedString())
  }

  @Test("OSC 52 carries the text base64-encoded, so escapes in data cannot end it early")
  func sequenceCannotBeForged() {
    let hostile = "pku\u{07}\u{1B}]52;c;ZXZpbA==\u{1B}\\\u{9C}"
    let sequence = Clipboard.sequence(for: hostile)
    let prefix = Array("\u{1B}]52;c;".utf8)
    #expect(Array(sequence.prefix(prefix.count)) == prefix)
    #expect(sequence.last == 0x07)
    let payload = sequence.dropFirst(prefix.count).dropLast()
    #expect(payload.allSatisfy { $0 < 0x80 && $0 != 0x1B && $0 != 0x07 })
    #expect(Data(base64Encoded: Data(payload)) == Data(hostile.utf8))
  }

  @Test("Very long text is cut to what terminals accept")
  func longTextIsCut() {
    let sequence = Clipboard.sequence(for: String(repeating: "x", count: 200_000))
    #expect(sequence.count <= 8 + (Clipboard.maximumBytes + 2) / 3 * 4)
  }

  @Test("File completion lists matching entries, directories with a slash, hidden ones on request")
  func fileCompletion() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-complete-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("exports"), withIntermediateDirectories: true)
    for name in ["export.dot", ".hidden", "other.json"] {
      try Data().write(to: directory.appendingPathComponent(name))
    }
    let base = directory.path + "/"
    #expect(
      FileCompletion.candidates(for: base + "ex", home: nil) == [
        base + "export.dot", base + "exports/",
      ])
    #expect(FileCompletion.candidates(for: base + ".h", home: nil) == [base + ".hidden"])
    #expect(!FileCompletion.candidates(for: base, home: nil).contains(base + ".hidden"))
    #expect(
      FileCompletion.candidates(for: "~/ex", home: directory.path) == [
        "~/export.dot", "~/exports/",
      ])
    #expect(FileCompletion.candidates(for: "/nonexistent-kg/x", home: nil).isEmpty)
  }
}
