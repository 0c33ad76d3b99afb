/// Growable scratch bytes that the readers reuse for decoded and resolved terms, so a term
/// costs a copy into memory that is already there rather than an allocation.
///
/// Terms are recorded as offsets, because growing moves the bytes.
final class ByteArena {
  // Only the parser that owns an arena touches it, one access at a time; without these
  // attributes, cross-module optimization keeps a dynamic exclusivity check on every access,
  // which cost a third of the Turtle parse.
  @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private(set) var count = 0
  @exclusivity(unchecked) private var capacity: Int

  init(capacity: Int = 1 << 16) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  @inline(__always)
  func reset() { count = 0 }

  /// Makes room for `extra` more bytes and returns where they go; commit them with `advance`.
  @inline(__always)
  func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if count + extra > capacity { grow(to: count + extra) }
    return base + count
  }

  @inline(__always)
  func advance(_ written: Int) { count += written }

  @inline(__always)
  func append(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
    let destination = reserve(length)
    destination.update(from: bytes, count: length)
    count += length
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1).pointee = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if let start = bytes.baseAddress { append(start, bytes.count) }
  }

  /// Appends a short run (a prefix's namespace, a local name) without calling `memmove`:
  /// when at least 64 bytes may be read from `bytes`, up to 64 are copied as whole words,
  /// over-reading and over-writing past `length` where that is harmless.
  @inline(__always)
  func appendShort(_ bytes: UnsafePointer<UInt8>, _ length: Int, readable: Int) {
    guard length <= 64 && readable >= 64 else { return append(bytes, length) }
    let words = length <= 32 ? 4 : 8
    let destination = UnsafeMutableRawPointer(reserve(64))
    let source = UnsafeRawPointer(bytes)
    for word in 0..<words {
      destination.storeBytes(
        of: source.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self),
        toByteOffset: word * 8, as: UInt64.self)
    }
    count += length
  }

  /// Drops bytes from `offset` on, undoing appends since a mark.
  @inline(__always)
  func truncate(to offset: Int) { count = offset }

  func bytes(from offset: Int, count length: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + offset, count: length)
  }

  private func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
