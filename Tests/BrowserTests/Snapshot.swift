import Browser
import Foundation
import Testing

/// Text snapshots of rendered screens, stored under `Snapshots/`.
///
/// Set `KG_RECORD_SNAPSHOTS=1` to write the current screens as the new
/// reference (the test then passes); review the diff before committing.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["KG_RECORD_SNAPSHOTS"] == "1" }

  /// The screen as text, then (when `styles` is set) a map of each cell's
  /// attributes, so what shows without colour is pinned too.
  static func text(of buffer: ScreenBuffer, styles: Bool) -> String {
    var text = buffer.text + "\n"
    if styles {
      text +=
        "--- styles (r reverse, b bold, u underline, R reverse+bold, U underline+bold, X reverse+underline)\n"
      text += styleMap(of: buffer) + "\n"
    }
    return text
  }

  static func styleMap(of buffer: ScreenBuffer) -> String {
    (0..<buffer.size.rows).map { row in
      String(
        (0..<buffer.size.columns).compactMap { column -> Character? in
          let cell = buffer[column, row]
          return cell.isContinuation ? nil : mark(cell.style)
        })
    }.joined(separator: "\n")
  }

  private static func mark(_ style: CellStyle) -> Character {
    switch (style.reverse, style.bold, style.underline) {
    case (true, _, true): "X"
    case (true, true, false): "R"
    case (true, false, false): "r"
    case (false, true, true): "U"
    case (false, true, false): "b"
    case (false, false, true): "u"
    case (false, false, false): "."
    }
  }

  static func assert(
    _ buffer: ScreenBuffer, named name: String, styles: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = text(of: buffer, styles: styles)
    let file = directory.appendingPathComponent(name + ".txt")
    if isRecording {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(name).txt; run with KG_RECORD_SNAPSHOTS=1 to record:\n\(actual)",
        sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "screen \(name) changed", sourceLocation: sourceLocation)
  }
}
