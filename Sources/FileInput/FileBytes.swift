#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a whole file in one buffer, released when the last reference goes:
/// either read into an allocation, or mapped from the file.
final class FileBytes {
  private let base: UnsafeMutableRawPointer
  let count: Int
  let isMapped: Bool

  /// An allocation for `read(2)` to fill.
  init(capacity: Int) {
    base = UnsafeMutableRawPointer.allocate(byteCount: max(1, capacity), alignment: 16)
    count = capacity
    isMapped = false
  }

  /// A private read-only mapping of a file, populated up front unless
  /// `populating` is false: for large files it costs a fraction of reading
  /// them into fresh memory.
  init?(mapping descriptor: Int32, count: Int, populating: Bool = true) {
    #if os(Linux)
      let flags = populating ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
    #else
      let flags = MAP_PRIVATE
    #endif
    let mapped = mmap(nil, count, PROT_READ, flags, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { return nil }
    base = mapped
    self.count = count
    isMapped = true
  }

  deinit {
    if isMapped {
      munmap(base, count)
    } else {
      base.deallocate()
    }
  }

  var mutableBase: UnsafeMutablePointer<UInt8> { base.assumingMemoryBound(to: UInt8.self) }

  var buffer: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// The address range, for telling a fault in this file from any other.
  var addressRange: Range<UInt> {
    UInt(bitPattern: base)..<UInt(bitPattern: base) + UInt(count)
  }
}
