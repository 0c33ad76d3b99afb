/// The text of a `<data>` element or an attribute: most often one run of
/// plain characters, kept as a range of the input so no copy is made; else
/// its decoded bytes.
enum DataText {
  case slice(Range<Int>)
  case decoded([UInt8])

  /// Lends the text's bytes to `body`.
  func withBytes<Result, Failure: Error>(
    in input: InputText, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    switch self {
    case .slice(let range): try body(input.slice(range))
    case .decoded(let bytes): try bytes.withUnsafeBufferPointer(body)
    }
  }
}
