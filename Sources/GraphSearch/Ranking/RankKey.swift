/// The full ranking order of one result, packed so one comparison of two
/// integers usually decides: match kind, then fzf score, then the preferred
/// field (name over alias over id), then degree, then the shorter name, then
/// the lower entity index so the order is deterministic.
struct RankKey: Comparable, Sendable {
  /// Kind, score and field preference; higher is better.
  let primary: UInt64
  /// Degree, then inverted name length; higher is better.
  let secondary: UInt64
  /// Lower is better.
  let entity: UInt32

  init(kind: MatchKind, score: Int32, preference: UInt8, tieBreak: UInt64, entity: UInt32) {
    self.init(
      primary: Self.primary(kind: kind, score: score, preference: preference), secondary: tieBreak,
      entity: entity)
  }

  init(primary: UInt64, secondary: UInt64, entity: UInt32) {
    self.primary = primary
    self.secondary = secondary
    self.entity = entity
  }

  @inline(__always)
  static func primary(kind: MatchKind, score: Int32, preference: UInt8) -> UInt64 {
    UInt64(kind.rawValue) << 56 | UInt64(UInt32(bitPattern: score) ^ 0x8000_0000) << 16
      | UInt64(preference)
  }

  /// The degree and name-length part of the key, computed once per entity.
  static func tieBreak(degree: Int, nameLength: Int) -> UInt64 {
    UInt64(min(degree, Int(UInt32.max))) << 32
      | UInt64(UInt32.max - UInt32(min(nameLength, Int(UInt32.max))))
  }

  var kind: MatchKind { MatchKind(rawValue: Int(primary >> 56)) ?? .filter }
  var score: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: primary >> 16) ^ 0x8000_0000) }

  /// Orders worse before better, so the best result is the maximum.
  static func < (lhs: RankKey, rhs: RankKey) -> Bool {
    if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
    if lhs.secondary != rhs.secondary { return lhs.secondary < rhs.secondary }
    return lhs.entity > rhs.entity
  }
}
