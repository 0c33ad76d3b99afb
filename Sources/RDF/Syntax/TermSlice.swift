/// Bytes of a term during a statement: either a slice of the input (the zero-copy case) or,
/// when escapes were decoded or an IRI resolved, a range of the scratch arena. Arena bytes are
/// kept as an offset because the arena may move while the statement grows.
struct TermSlice {
  var pointer: UnsafePointer<UInt8>?
  var offset: Int
  var count: Int

  static var empty: TermSlice { TermSlice(pointer: nil, offset: 0, count: 0) }

  @inline(__always)
  init(pointer: UnsafePointer<UInt8>?, offset: Int, count: Int) {
    self.pointer = pointer
    self.offset = offset
    self.count = count
  }

  @inline(__always)
  init(input start: UnsafePointer<UInt8>, count: Int) {
    self.init(pointer: start, offset: 0, count: count)
  }

  @inline(__always)
  init(arenaOffset: Int, count: Int) {
    self.init(pointer: nil, offset: arenaOffset, count: count)
  }

  @inline(__always)
  func bytes(_ arena: ByteArena) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointer ?? UnsafePointer(arena.base + offset), count: count)
  }
}
