/// A dense integer handle for an entity, valid only for the graph that issued it.
///
/// Dense handles let the graph keep adjacency in flat arrays instead of
/// dictionaries keyed by strings, which is what keeps a million entities cheap.
public struct EntityIndex: Hashable, Comparable, Sendable {
  public let rawValue: UInt32

  public init(_ rawValue: UInt32) { self.rawValue = rawValue }

  public init(_ position: Int) { self.rawValue = UInt32(truncatingIfNeeded: position) }

  public var position: Int { Int(rawValue) }

  public static func < (lhs: EntityIndex, rhs: EntityIndex) -> Bool { lhs.rawValue < rhs.rawValue }
}
