import Foundation

/// A throwaway dataset big enough (over the 32 MiB progress threshold) that
/// `kg` shows loading progress and is still loading when the test acts.
final class LargeDataset {
  let path: String

  init(entities: Int = 120_000) throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-e2e-large-\(UUID().uuidString).json").path
    let filler = String(repeating: "lorem ipsum dolor sit amet ", count: 10)
    var text = #"{"kg": 1, "title": "Large", "relations": [], "entities": ["#
    text.reserveCapacity(entities * 340)
    for number in 0..<entities {
      if number > 0 { text += "," }
      text += #"{"id":"e\#(number)","name":"Entity \#(number)","type":"Thing","#
      text += #""description":"\#(filler)"}"#
    }
    text += "]}\n"
    try text.write(toFile: path, atomically: false, encoding: .utf8)
  }

  deinit {
    unlink(path)
  }
}
