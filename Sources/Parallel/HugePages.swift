#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks the kernel to back large, randomly accessed arrays with 2 MiB pages.
///
/// At a million entities the id table and the relation columns span tens of
/// megabytes, and lookups land on random 4 KiB pages: most of their time goes
/// to TLB misses and page walks, which cannot overlap the way cache misses
/// do. Huge pages make those lookups several times cheaper. The advice must
/// come before the memory is first touched; where the kernel ignores it
/// (transparent huge pages off, or not Linux) nothing changes.
package enum HugePages {
  /// Arrays smaller than this never span enough pages to matter.
  static let threshold = 4 << 20

  /// A zero-filled array whose memory was advised before it was touched.
  package static func zeroed<Element: BitwiseCopyable>(
    _ count: Int, of type: Element.Type = Element.self
  ) -> [Element] {
    var array: [Element] = uninitialized(count)
    array.withUnsafeMutableBytes { bytes in
      bytes.withMemoryRebound(to: UInt8.self) { $0.initialize(repeating: 0) }
    }
    return array
  }

  /// An array whose memory was advised but not touched, for callers that
  /// write every element, on all cores, before any is read: the pages then
  /// fault in on the cores that fill them, instead of being zeroed on one.
  package static func uninitialized<Element: BitwiseCopyable>(
    _ count: Int, of type: Element.Type = Element.self
  ) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress {
        advise(UnsafeMutableRawPointer(base), byteCount: count * MemoryLayout<Element>.stride)
      }
      initialized = count
    }
  }

  /// Advises the whole 2 MiB pages inside a region about to be written.
  package static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
    #if os(Linux)
      guard byteCount >= threshold else { return }
      let hugePage = 2 << 20
      let first = (Int(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
      let end = (Int(bitPattern: start) + byteCount) & ~(hugePage - 1)
      guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(aligned, end - first, MADV_HUGEPAGE)
    #endif
  }
}
