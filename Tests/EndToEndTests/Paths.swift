import Foundation

/// Where the binary under test and the fixtures are.
enum Paths {
  /// The `kg` that `swift build` put beside this test bundle.
  static var kg: String {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let beside = testBinary.deletingLastPathComponent().appendingPathComponent("kg").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/kg").path
  }

  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The dataset that ships with kg.
  static var bundledDataset: String {
    packageRoot.appendingPathComponent("data/kg.json").path
  }

  private static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
}
