/// Bytes of a term during a statement: either a slice of the input (the zero-copy case) or,
/// when escapes were decoded or an IRI resolved, a range of the scratch arena. Arena bytes are
/// kept as an offset because the arena may move while the statement grows. Sixteen bytes, so
/// the terms of a pending statement are cheap to copy.
struct TermSlice {
  /// The address of input bytes, or the arena offset when `inArena`.
  private var start: UInt
  private(set) var count: Int32
  private var inArena: Bool

  static var empty: TermSlice { TermSlice(start: 0, count: 0, inArena: false) }

  @inline(__always)
  private init(start: UInt, count: Int32, inArena: Bool) {
    self.start = start
    self.count = count
    self.inArena = inArena
  }

  @inline(__always)
  init(input pointer: UnsafePointer<UInt8>, count: Int) {
    self.init(start: UInt(bitPattern: pointer), count: Int32(count), inArena: false)
  }

  @inline(__always)
  init(arenaOffset: Int, count: Int) {
    self.init(start: UInt(arenaOffset), count: Int32(count), inArena: true)
  }

  /// The input bytes, or nil for bytes in the arena.
  var pointer: UnsafePointer<UInt8>? { inArena ? nil : UnsafePointer(bitPattern: start) }

  @inline(__always)
  func bytes(_ arena: ByteArena) -> UnsafeBufferPointer<UInt8> {
    let base = inArena ? UInt(bitPattern: arena.base) : 0
    return UnsafeBufferPointer(start: UnsafePointer(bitPattern: start &+ base), count: Int(count))
  }
}
