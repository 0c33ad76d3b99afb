/// A dense handle for a relation type; relation types are few, so 16 bits suffice
/// and keep the per-relation storage small.
public struct RelationTypeIndex: Hashable, Comparable, Sendable {
  public let rawValue: UInt16

  public init(_ rawValue: UInt16) { self.rawValue = rawValue }

  public init(_ position: Int) { self.rawValue = UInt16(truncatingIfNeeded: position) }

  public var position: Int { Int(rawValue) }

  public static func < (lhs: RelationTypeIndex, rhs: RelationTypeIndex) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
