#if canImport(Glibc)
  import Glibc
#endif

/// A text stream into a file through stdio's buffer, for writing generated
/// datasets of a gigabyte and more without holding them in memory.
final class BufferedFileOutput: TextOutputStream {
  private let file: UnsafeMutablePointer<FILE>

  init?(path: String) {
    guard let file = fopen(path, "w") else { return nil }
    setvbuf(file, nil, _IOFBF, 1 << 20)
    self.file = file
  }

  deinit { fclose(file) }

  func write(_ string: String) {
    var string = string
    string.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
  }
}
