#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hands the pages of a mapped input file that a reader has passed back to
/// the kernel, so a file of hundreds of megabytes does not stay resident
/// beside the graph built from it. A page read again later faults back in
/// from the file, unchanged; for a file read into memory it does nothing.
struct InputPages {
  /// How far behind the reader pages are kept, and the least worth releasing.
  private static let margin = 4 << 20

  private let base: UnsafePointer<UInt8>?
  private let isMapped: Bool
  private var releasedEnd = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, isMapped: Bool) {
    base = bytes.baseAddress
    self.isMapped = isMapped
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
