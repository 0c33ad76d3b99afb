/// A 32-bit encoding of one edge in the graph's adjacency storage: the position
/// of an outgoing relation, or of an incoming entry with the top bit set.
///
/// Path searches store one code per reached entity, so it must be this small.
struct EdgeCode: Hashable {
  static let incomingFlag: UInt32 = 0x8000_0000

  let rawValue: UInt32

  init(rawValue: UInt32) { self.rawValue = rawValue }

  init(outgoing relation: Int) { rawValue = UInt32(truncatingIfNeeded: relation) }

  init(incomingPosition position: Int) {
    rawValue = UInt32(truncatingIfNeeded: position) | Self.incomingFlag
  }

  var direction: EdgeDirection { rawValue & Self.incomingFlag == 0 ? .outgoing : .incoming }

  var storagePosition: Int { Int(rawValue & ~Self.incomingFlag) }
}
