/// The `remove_dot_segments` routine of RFC 3986 section 5.2.4.
enum DotSegments {
  /// Whether a path has a `.` or `..` segment, so the common path can be copied untouched.
  static func present(in path: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = path.count
    while index < count {
      let atSegmentStart = index == 0 || path[index - 1] == 0x2F
      if atSegmentStart && path[index] == 0x2E {
        var next = index + 1
        if next < count && path[next] == 0x2E { next += 1 }
        if next == count || path[next] == 0x2F { return true }
      }
      index += 1
    }
    return false
  }

  /// A quick test on a whole IRI: false means no path segment can be `.` or `..`.
  @inline(__always)
  static func mayBePresent(in iri: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 1
    let count = iri.count
    while index < count {
      if iri[index] == 0x2E && (iri[index - 1] == 0x2F || iri[index - 1] == 0x3A) { return true }
      index += 1
    }
    return false
  }

  static func remove(from path: [UInt8]) -> [UInt8] {
    var input = path[...]
    var output: [UInt8] = []
    output.reserveCapacity(path.count)
    while !input.isEmpty {
      if input.starts(with: "../".utf8) {
        input = input.dropFirst(3)
      } else if input.starts(with: "./".utf8) {
        input = input.dropFirst(2)
      } else if input.starts(with: "/./".utf8) {
        input = input.dropFirst(2)
      } else if input.elementsEqual("/.".utf8) {
        input = [0x2F][...]
      } else if input.starts(with: "/../".utf8) {
        input = input.dropFirst(3)
        removeLastSegment(&output)
      } else if input.elementsEqual("/..".utf8) {
        input = [0x2F][...]
        removeLastSegment(&output)
      } else if input.elementsEqual(".".utf8) || input.elementsEqual("..".utf8) {
        input = []
      } else {
        moveFirstSegment(from: &input, to: &output)
      }
    }
    return output
  }

  private static func removeLastSegment(_ output: inout [UInt8]) {
    if let slash = output.lastIndex(of: 0x2F) {
      output.removeSubrange(slash...)
    } else {
      output.removeAll()
    }
  }

  private static func moveFirstSegment(
    from input: inout ArraySlice<UInt8>, to output: inout [UInt8]
  ) {
    var end = input.startIndex
    if input[end] == 0x2F { end += 1 }
    while end < input.endIndex && input[end] != 0x2F { end += 1 }
    output.append(contentsOf: input[input.startIndex..<end])
    input = input[end...]
  }
}
