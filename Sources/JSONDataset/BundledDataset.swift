import Foundation

/// Finds the dataset that ships with `kg`, however the binary was started.
///
/// Looked up in order: beside the executable (`kg.json`, then `data/kg.json`,
/// then `../share/kg/kg.json`), so a copied binary with its dataset works; then
/// the `data/` folder of the source tree the binary was built from, which
/// covers `swift run kg` and `.build/release/kg` from any directory.
public enum BundledDataset {
  public static let fileName = "kg.json"

  public static func candidatePaths(executablePath: String) -> [String] {
    let executableDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    let besideBinary = [
      executableDirectory.appendingPathComponent(fileName),
      executableDirectory.appendingPathComponent("data").appendingPathComponent(fileName),
      executableDirectory.deletingLastPathComponent().appendingPathComponent("share/kg")
        .appendingPathComponent(fileName),
    ]
    let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")
      .appendingPathComponent(fileName)
    return (besideBinary + [sourceTree]).map(\.path)
  }

  /// The first candidate that exists, or nil when the dataset is nowhere to be found.
  public static func locate(executablePath: String = CommandLine.arguments[0]) -> String? {
    let path =
      executablePath.contains("/")
      ? executablePath : (Bundle.main.executablePath ?? executablePath)
    return candidatePaths(executablePath: path).first { FileManager.default.fileExists(atPath: $0) }
  }
}
