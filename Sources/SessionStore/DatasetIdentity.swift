/// Which dataset a set of bookmarks and history belongs to.
///
/// The rule: state files are keyed by the dataset's title, and each file
/// remembers every canonical path it was used with. Moving or copying a file
/// keeps its bookmarks as long as its title is unchanged; two different
/// datasets share their state only if they also share a title.
public struct DatasetIdentity: Hashable, Sendable {
  public let title: String
  /// The dataset file's canonical path (or, later, an endpoint URL).
  public let location: String

  public init(title: String, location: String) {
    self.title = title
    self.location = location
  }

  /// The state files' name without extension: a readable slug of the title
  /// and a hash of the whole title, so different titles never collide and
  /// any title makes a safe file name.
  public var fileStem: String {
    let slug = String(
      title.lowercased().unicodeScalars.map { scalar -> Character in
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
          ? Character(scalar) : "-"
      }
    ).split(separator: "-").joined(separator: "-")
    return String((slug.isEmpty ? "dataset" : slug).prefix(40)) + "-" + Self.hash(title)
  }

  /// FNV-1a over the title's UTF-8 bytes, as 16 hex digits: stable across runs and platforms.
  private static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
