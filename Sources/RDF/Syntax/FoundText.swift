/// Describes the input at an error for the "found …" half of a message: short, quoted and
/// escaped, so a hostile file cannot smuggle terminal control sequences into an error.
enum FoundText {
  /// The most bytes a description reads past the position it describes.
  static let lookahead = 32

  static func describe(_ position: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> String {
    if position >= end { return "end of input" }
    let first = position.pointee
    if first == 0x0A || first == 0x0D { return "end of line" }
    if first >= 0x80 && UTF8Sequence.decode(position, end) == nil { return "invalid UTF-8" }
    var stop = position + 1
    if ByteClass.table[Int(first)] & ByteClass.name != 0 || first >= 0x80 || first == 0x3A {
      while stop < end && stop - position < 24
        && (ByteClass.table[Int(stop.pointee)] & (ByteClass.name | ByteClass.space)
          == ByteClass.name || stop.pointee >= 0x80 || stop.pointee == 0x3A)
      {
        stop += 1
      }
      while stop < end && stop.pointee & 0xC0 == 0x80 { stop += 1 }
    }
    let text = UnsafeBufferPointer(start: position, count: stop - position)
    return "'" + TerminalSafeText.escape(text) + "'"
  }
}
