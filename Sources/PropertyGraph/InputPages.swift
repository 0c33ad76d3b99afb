#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps only the part of a mapped input file near the reader resident, so a
/// file of hundreds of megabytes does not stay in memory beside the graph
/// built from it: the pages the mapping populated up front are handed back
/// at once, the reader faults them in again from the page cache as it goes,
/// and the pages it has passed are handed back as it moves on. A page read
/// again later faults back in from the file, unchanged; for a file read into
/// memory it does nothing.
struct InputPages {
  /// How far behind the reader pages are kept, and the least worth releasing.
  private static let margin = 4 << 20

  private let base: UnsafePointer<UInt8>?
  private let isMapped: Bool
  private var releasedEnd = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, isMapped: Bool) {
    base = bytes.baseAddress
    self.isMapped = isMapped
    if isMapped, let base = bytes.baseAddress {
      let address = UnsafeMutableRawPointer(mutating: UnsafeRawPointer(base))
      _ = madvise(address, bytes.count, MADV_DONTNEED)
      _ = madvise(address, bytes.count, MADV_SEQUENTIAL)
    }
  }

  mutating func release(before offset: Int) {
    guard isMapped, let base, offset - releasedEnd >= 2 * Self.margin else { return }
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = (offset - Self.margin) / pageSize * pageSize
    let address = UnsafeMutableRawPointer(mutating: UnsafeRawPointer(base + releasedEnd))
    _ = madvise(address, end - releasedEnd, MADV_DONTNEED)
    releasedEnd = end
  }
}
