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
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else {
      throw RDFInputError("cannot map \(path): \(SystemCalls.lastError())")
    }
    _ = madvise(address, size, MADV_SEQUENTIAL)
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let start = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: start), bytes.count)
    }
  }
}
