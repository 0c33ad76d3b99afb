import SessionStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one endpoint's label index is kept between sessions, so that
/// every session after the first searches with it from the first keystroke
/// instead of fetching it again (12.7 s at 100k entities). A cache: losing
/// or damaging it costs one fetch, so every failure to read or write it is
/// silent and reading falls back to fetching.
public struct LabelIndexFile: Sendable {
  public let path: String
  /// The endpoint's address, stored in the file, so that a file another
  /// endpoint wrote (a collision of names) is not used.
  public let address: String

  public init(path: String, address: String) {
    self.path = path
    self.address = address
  }

  /// The file `address`'s index is kept in under `directory` (kg's XDG
  /// cache directory): a readable slug of the address and its hash.
  public init(directory: String, address: String) {
    let stem = DatasetIdentity(title: address, location: address).fileStem
    self.init(path: directory + "/label-index/" + stem + ".kgli", address: address)
  }

  /// The stored index, or nil when there is none or it is unreadable, of
  /// another version, for another endpoint, cut short or damaged.
  public func read() -> StoredLabelIndex? {
    guard let bytes = try? AtomicFile.read(path) else { return nil }
    return StoredLabelIndex(decoding: bytes, for: address)
  }

  /// Replaces the stored index; a failure (a read-only or full disk) only
  /// means the next session fetches again.
  func write(_ stored: StoredLabelIndex) {
    try? AtomicFile.write(stored.encoded(for: address), to: path)
  }

  /// Deletes the stored index, for an endpoint that has outgrown the cap.
  func remove() {
    unlink(path)
  }
}
