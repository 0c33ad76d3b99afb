#if canImport(Glibc)
  import Glibc
#endif

/// A whole file read into memory, for benchmarks that must not time the disk.
struct FileContents {
  let bytes: [UInt8]

  init?(path: String) {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    guard size >= 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: size)
    let read = bytes.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, size, file) }
    guard read == size else { return nil }
    self.bytes = bytes
  }
}
