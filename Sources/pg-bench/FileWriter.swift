import Foundation

/// Writes a large file through a buffer, so generating a million-node graph
/// does not hold the whole text in memory.
final class FileWriter {
  private let handle: UnsafeMutablePointer<FILE>
  private var buffer: [UInt8] = []

  init(path: String) throws {
    guard let handle = fopen(path, "w") else { throw BenchFailure("cannot write \(path)") }
    self.handle = handle
    buffer.reserveCapacity(1 << 20)
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  func close() {
    flush()
    fclose(handle)
  }

  private func flush() {
    buffer.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, handle) }
    buffer.removeAll(keepingCapacity: true)
  }
}
