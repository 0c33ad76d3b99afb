import Foundation

/// Buffers text and writes it to a file in large pieces.
final class ChunkWriter {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(_ url: URL) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
    }
    handle = try FileHandle(forWritingTo: url)
    buffer.reserveCapacity(1 << 24)
  }

  func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 24 { flush() }
  }

  func close() throws {
    flush()
    try handle.close()
  }

  private func flush() {
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
