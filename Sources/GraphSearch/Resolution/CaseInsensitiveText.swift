import KnowledgeGraph

/// A query compared with stored strings ignoring case, without making a
/// `String` per candidate when both sides are ASCII, which is what keeps
/// resolving a name over a million entities fast.
struct CaseInsensitiveText {
  private let folded: String
  private let foldedBytes: [UInt8]
  private let isASCII: Bool

  init(_ text: String) {
    folded = text.lowercased()
    foldedBytes = Array(folded.utf8)
    isASCII = foldedBytes.allSatisfy { $0 < 0x80 }
  }

  func matches(_ ref: StringRef, in strings: StringArena) -> Bool {
    strings.withBytes(of: ref) { bytes in
      if bytes.count == foldedBytes.count && asciiFoldedEqual(bytes) { return true }
      if isASCII && !bytes.contains(where: { $0 >= 0x80 }) { return false }
      return String(decoding: bytes, as: UTF8.self).lowercased() == folded
    }
  }

  private func asciiFoldedEqual(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for position in 0..<bytes.count {
      var byte = bytes[position]
      if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
      if byte != foldedBytes[position] { return false }
    }
    return true
  }
}
