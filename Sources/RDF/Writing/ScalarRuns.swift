/// Copies UTF-8 into an output in runs: the characters `keeps` accepts go
/// in one `append` per run, and `escape` writes each of the others.
///
/// Escapes are rare in real ids and IRIs, so most strings cost one loop and
/// one copy instead of an `append` per character.
enum ScalarRuns {
  /// False, with part of `input` written, when `escape` gives up on a character.
  @inline(__always)
  static func append(
    _ input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
    keeps: (_ value: UInt32, _ index: Int, _ length: Int) -> Bool,
    escape: (_ value: UInt32, _ scalar: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8]) ->
      Bool
  ) -> Bool {
    var runStart = 0
    var index = 0
    while index < input.count {
      let (value, length) = ScalarDecoding.scalar(in: input, at: index)
      if !keeps(value, index, length) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
        let scalar = UnsafeBufferPointer(rebasing: input[index..<index + length])
        guard escape(value, scalar, &output) else { return false }
        runStart = index + length
      }
      index += length
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart...]))
    return true
  }
}
