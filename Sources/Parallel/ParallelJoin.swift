/// Concatenates the parts that parallel slices built into one array, each
/// part copied by its own core into an array sized in advance: at a million
/// entities a plain append of the parts is a single-threaded pass over
/// tens of megabytes on the way to the first screen.
package enum ParallelJoin {
  package static func joined<Element: BitwiseCopyable>(_ parts: [[Element]]) -> [Element] {
    joined(parts, extra: 0) { part, output in
      _ = output.update(fromContentsOf: parts[part])
    }
  }

  /// Joins offsets that are local to their part: each part's are shifted
  /// by `shifts[part]`, and `end` is appended after the last.
  package static func joined(_ parts: [[UInt32]], shiftedBy shifts: [UInt32], end: UInt32)
    -> [UInt32]
  {
    var joined = joined(parts, extra: 1) { part, output in
      let shift = shifts[part]
      parts[part].withUnsafeBufferPointer { source in
        for index in source.indices { output[index] = source[index] &+ shift }
      }
    }
    joined[joined.count - 1] = end
    return joined
  }

  /// An array of the parts' elements plus `extra` more, each part written
  /// into its own range by `copy`, on its own core.
  private static func joined<Element: BitwiseCopyable>(
    _ parts: [[Element]], extra: Int,
    copy: (_ part: Int, _ output: UnsafeMutableBufferPointer<Element>) -> Void
  ) -> [Element] {
    var starts = [0]
    for part in parts { starts.append(starts[starts.count - 1] + part.count) }
    var joined: [Element] = HugePages.uninitialized(starts[parts.count] + extra)
    joined.withUnsafeMutableBufferPointer { buffer in
      let output = SharedBuffer(buffer)
      _ = ParallelWork.map(parts.count) { part in
        copy(
          part, UnsafeMutableBufferPointer(rebasing: output.buffer[starts[part]..<starts[part + 1]])
        )
      }
    }
    return joined
  }
}
