#if canImport(Glibc)
  import Glibc
#endif

/// A whole file mapped read-only: the fast path, parsed as one chunk with no copy. The
/// kernel pages it in and out, so files larger than memory still work.
public final class MappedFile {
  /// The file's bytes, valid while this object lives.
  public let bytes: UnsafeRawBufferPointer

  public init(path: String) throws {
    let descriptor = try SystemCalls.open(path)
    defer { SystemCalls.close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw RDFInputError("cannot read \(path): \(SystemCalls.lastError())")
    }
    let size = Int(status.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard
      let address = mmap(
        nil, size, PROT_READ, MAP_PRIVATE | MappedFile.populateFlag(size: size), descriptor, 0),
      address != MAP_FAILED
    else {
      throw RDFInputError("cannot map \(path): \(SystemCalls.lastError())")
    }
    _ = madvise(address, size, MADV_SEQUENTIAL)
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  /// Maps the pages in one call instead of one fault per few pages while parsing, which made
  /// reading a cached 1 GB file markedly faster here; not for files near the size of memory,
  /// whose pages would evict one another before the parse reaches them.
  private static func populateFlag(size: Int) -> Int32 {
    let memory = sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE))
    return size <= memory / 2 ? MAP_POPULATE : 0
  }

  deinit {
    if let start = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: start), bytes.count)
    }
  }
}
