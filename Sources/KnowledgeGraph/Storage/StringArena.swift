import Parallel

/// One contiguous buffer of UTF-8 bytes that holds every stored string once.
///
/// A single allocation keeps load time and memory low at a million entities,
/// and lets search scan names as raw bytes without creating `String`s.
public struct StringArena: Sendable {
  public private(set) var bytes: [UInt8] = []

  /// Reserves room for `capacity` bytes, advised for huge pages when large
  /// (see `HugePages`): loading fills hundreds of megabytes, and taking them
  /// 2 MiB at a time spares the loader most of its page faults.
  public init(reservingCapacity capacity: Int = 0) {
    bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      if let base = buffer.baseAddress {
        HugePages.advise(UnsafeMutableRawPointer(base), byteCount: buffer.count)
      }
      initialized = 0
    }
  }

  /// Appends the UTF-8 of `text`; the caller guarantees valid UTF-8 by construction.
  public mutating func append(_ text: String) -> StringRef {
    var text = text
    return text.withUTF8 { append(bytes: $0) }
  }

  /// Appends raw bytes that the caller has already validated as UTF-8.
  public mutating func append(bytes source: UnsafeBufferPointer<UInt8>) -> StringRef {
    let offset = bytes.count
    bytes.append(contentsOf: source)
    return StringRef(
      offset: UInt32(truncatingIfNeeded: offset), length: UInt32(truncatingIfNeeded: source.count))
  }

  /// Appends every string of `other`; its refs move by this arena's former `count`.
  package mutating func append(contentsOf other: StringArena) {
    bytes.append(contentsOf: other.bytes)
  }

  /// The number of bytes stored, a mark to roll back to.
  package var count: Int { bytes.count }

  /// Drops everything appended since `mark`, e.g. an entity the validator rejected.
  package mutating func removeAll(after mark: Int) {
    bytes.removeSubrange(mark...)
  }

  public func string(_ ref: StringRef) -> String {
    withBytes(of: ref) { String(decoding: $0, as: UTF8.self) }
  }

  /// Lends the bytes of one string without copying them.
  public func withBytes<Result>(
    of ref: StringRef, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let start = Int(ref.offset)
    return try bytes.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[start..<start + Int(ref.length)]))
    }
  }
}
