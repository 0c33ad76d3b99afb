/// Checks that bytes are one strict RFC 8259 JSON text, without keeping anything.
///
/// This is the loader's parser on its own, for benchmarks (parser MB/s) and
/// for fuzzing the reader apart from the dataset schema.
public enum JSONSyntax {
  /// Nil when the bytes are valid JSON, else `offset N: message`.
  public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var reader = JSONReader(bytes)
    do {
      try reader.skipByteOrderMark()
      try reader.skipValue()
      try reader.expectEnd()
      return nil
    } catch {
      return "offset \(error.offset): \(error.message)"
    }
  }
}
