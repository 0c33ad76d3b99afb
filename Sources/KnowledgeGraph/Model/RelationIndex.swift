/// A dense integer handle for a stored relation, valid only for the graph that issued it.
///
/// Relations are stored sorted by source entity, so this is also the
/// position of the relation in the outgoing adjacency arrays.
public struct RelationIndex: Hashable, Comparable, Sendable {
  public let rawValue: UInt32

  public init(_ rawValue: UInt32) { self.rawValue = rawValue }

  public init(_ position: Int) { self.rawValue = UInt32(truncatingIfNeeded: position) }

  public var position: Int { Int(rawValue) }

  public static func < (lhs: RelationIndex, rhs: RelationIndex) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
