#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps only the part of a mapped input file near the reader resident, so a
/// file of hundreds of megabytes is never in memory all at once beside the
/// graph built from it: the file is mapped without populating it, the window
/// ahead of the reader is populated in one call as the reader nears it, and
/// the pages it has passed are handed back. A page read again later faults
/// back in from the file, unchanged; for a file read into memory it does
/// nothing.
package struct InputPages {
  /// How far behind the reader pages are kept, and the least worth releasing.
  private static let margin = 1 << 20
  /// How much is populated ahead of the reader at a time.
  package static let window = 4 << 20
  /// Linux's `MADV_POPULATE_READ` (5.14 and later), which Glibc's module may
  /// not name; older kernels refuse it, and the reader's faults populate instead.
  private static let populateRead: Int32 = 22
  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  private let base: UnsafePointer<UInt8>?
  private let count: Int
  package let isMapped: Bool
  private var releasedEnd = 0
  private var populatedEnd = 0

  /// Pages for a reader that starts at `start`; pages before it are left alone.
  package init(_ bytes: UnsafeBufferPointer<UInt8>, isMapped: Bool, from start: Int = 0) {
    base = bytes.baseAddress
    count = bytes.count
    self.isMapped = isMapped
    releasedEnd = start / Self.pageSize * Self.pageSize
    populatedEnd = releasedEnd
    advance(to: start)
  }

  /// Populates the window ahead of `offset` and releases the pages well behind it.
  package mutating func advance(to offset: Int) {
    guard isMapped, let base else { return }
    if offset + Self.window / 2 >= populatedEnd, populatedEnd < count {
      let start = max(populatedEnd, offset / Self.pageSize * Self.pageSize)
      let end = min(count, start + Self.window)
      _ = madvise(address(base, start), end - start, Self.populateRead)
      populatedEnd = end
    }
    guard offset - releasedEnd >= 2 * Self.margin else { return }
    let end = (offset - Self.margin) / Self.pageSize * Self.pageSize
    _ = madvise(address(base, releasedEnd), end - releasedEnd, MADV_DONTNEED)
    releasedEnd = end
  }

  private func address(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UnsafeMutableRawPointer {
    UnsafeMutableRawPointer(mutating: UnsafeRawPointer(base + offset))
  }
}
