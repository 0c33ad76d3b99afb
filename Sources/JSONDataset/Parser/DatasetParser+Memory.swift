#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension DatasetParser {
  /// How far behind the reader pages are kept: ids waiting in the endpoint
  /// batch still point into them.
  private static let releaseMargin = 4 << 20

  /// Hands the mapped pages the reader has passed back to the kernel, so a
  /// 650 MB file does not stay resident beside the graph built from it. Only
  /// for a file mapping: a page read again later faults back in from the
  /// file, unchanged.
  mutating func releaseReadInput() {
    guard releasesReadInput, let base = reader.input.baseAddress else { return }
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = (reader.position - Self.releaseMargin) / pageSize * pageSize
    let start = releasedInputEnd
    guard end - start >= Self.releaseMargin, start % pageSize == 0 else { return }
    let address = UnsafeMutableRawPointer(mutating: UnsafeRawPointer(base + start))
    _ = madvise(address, end - start, MADV_DONTNEED)
    releasedInputEnd = end
  }
}
