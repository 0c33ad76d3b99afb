import Dispatch
import Synchronization

/// Reads the second half of a large `relations` array on another core while
/// the parser reads everything before it, which nearly halves load time on
/// files of hundreds of megabytes.
///
/// Where the array's elements begin cannot be known without reading from the
/// start, so the split is a guess: the first `{` after a `,` and before a `"`
/// past the midpoint of what is left. The guess is only used when the main
/// reader, element by element, arrives exactly there; a guess inside a
/// string, an error in the tail, or anything unusual throws the tail away and
/// the main reader carries on alone, so results and error messages are
/// always those of a plain sequential read.
final class RelationSpeculation: Sendable {
  /// Smaller inputs are read on one core: the second would not pay for itself.
  static let minimumTail = 8 << 20

  let start: Int
  private let isCancelled = Atomic<Bool>(false)
  private let outcome = Mutex<RelationChunk?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts reading at the first element start after `guess`, or returns nil
  /// when none is near.
  init?(input: UnsafeBufferPointer<UInt8>, guess: Int) {
    guard let start = Self.elementStart(in: input, after: guess) else { return nil }
    self.start = start
    let shared = SharedInput(buffer: input)
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let chunk = DatasetParser.readChunk(of: shared.buffer, from: start) {
        isCancelled.load(ordering: .relaxed)
      }
      outcome.withLock { $0 = chunk }
      finished.signal()
    }
  }

  /// Asks the reading to stop early; `finish` must still be called.
  func cancel() { isCancelled.store(true, ordering: .relaxed) }

  /// Waits for the reading to end and returns the chunk, or nil when it
  /// failed. Call it exactly once, before the input goes away.
  func finish() -> RelationChunk? {
    finished.wait()
    return outcome.withLock { chunk in
      defer { chunk = nil }
      return chunk
    }
  }

  /// How far past the guess an element start is looked for.
  private static let searchLimit = 1 << 20

  private static func elementStart(in input: UnsafeBufferPointer<UInt8>, after guess: Int) -> Int? {
    var index = guess
    let limit = min(input.count, guess + searchLimit)
    while index < limit {
      if input[index] == UInt8(ascii: "{")
        && neighbour(of: index, step: -1, in: input) == UInt8(ascii: ",")
        && neighbour(of: index, step: 1, in: input) == UInt8(ascii: "\"")
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The nearest byte that is not JSON whitespace, stepping from `index`.
  private static func neighbour(of index: Int, step: Int, in input: UnsafeBufferPointer<UInt8>)
    -> UInt8?
  {
    var cursor = index + step
    while input.indices.contains(cursor) {
      switch input[cursor] {
      case 0x20, 0x0A, 0x0D, 0x09: cursor += step
      default: return input[cursor]
      }
    }
    return nil
  }
}

/// Lends the input to the speculative reader; `RelationSpeculation.finish`
/// is always called before the buffer is released, and no one writes to it.
private struct SharedInput: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}
