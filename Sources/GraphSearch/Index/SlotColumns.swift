import Parallel

/// Every slot's character mask (`CharacterMask`), close byte pairs and
/// word-start characters (`PairSignature`), and adjacent grams and word-start
/// pairs (`ContiguousSignature`), stored bit-major: one bitmap over all slots
/// per bit.
///
/// A query needs a handful of these bits from every entity it matches, so its
/// candidates are the AND of a few bitmaps, computed 64 slots per instruction,
/// instead of a test per entity; a search then evaluates only candidates, in
/// slot (degree) order. The columns cost 96 bytes per slot.
struct SlotColumns: Sendable {
  static let maskBase = 0
  static let pairBase = 64
  static let innerStartBase = pairBase + 256
  static let gramBase = innerStartBase + 64
  static let startPairBase = gramBase + 256
  static let fieldStartBase = startPairBase + 64
  static let columnCount = fieldStartBase + 64

  let slotCount: Int
  /// Words per column: one bit per slot, 64 slots per word.
  let wordCount: Int
  /// Column `c` is `storage[c * wordCount..<(c + 1) * wordCount]`.
  let storage: [UInt64]
  /// Whether these columns stand in for ones still being built: every slot
  /// then seems to hold every pair and gram bit, so every slot whose
  /// character mask allows a query is its candidate and every bound is the
  /// loosest, and a search gives the same results, only slower.
  let isPermissive: Bool
  /// Each slot's character mask, kept only by permissive columns.
  private let slotMasks: [UInt64]

  /// Columns that allow every slot its `slotMasks` allow, for searches
  /// that come before the real columns are built.
  init(permissiveWith slotMasks: [UInt64]) {
    slotCount = slotMasks.count
    wordCount = Self.wordCount(forSlots: slotMasks.count)
    storage = []
    isPermissive = true
    self.slotMasks = slotMasks
  }

  /// Computes every slot's signatures from its folded fields (and its
  /// type's pairs), in parallel slices that each own whole words of every
  /// column.
  init(fields: FoldedFields, foldedTypes: [[UInt8]]) {
    let slotCount = fields.slotTypes.count
    let wordCount = Self.wordCount(forSlots: slotCount)
    self.slotCount = slotCount
    self.wordCount = wordCount
    let typeSignatures = foldedTypes.map { type in
      var signature = PairSignature()
      type.withUnsafeBufferPointer { signature.add($0) }
      return signature
    }
    let slices = ParallelWork.ranges(of: wordCount, count: ParallelWork.width).map {
      min(slotCount, $0.lowerBound * 64)..<min(slotCount, $0.upperBound * 64)
    }
    var storage = [UInt64](repeating: 0, count: Self.columnCount * wordCount)
    storage.withUnsafeMutableBufferPointer { words in
      let writer = SlotColumnsWriter(words: words, wordCount: wordCount)
      fields.bytes.withUnsafeBufferPointer { bytes in
        _ = ParallelWork.map(slices.count) { slice in
          for slot in slices[slice] {
            var signature = typeSignatures[Int(fields.slotTypes[slot])]
            var contiguous = ContiguousSignature()
            for field in fields.fields(ofSlot: slot) {
              let content = UnsafeBufferPointer(
                rebasing: bytes[Int(fields.fieldStarts[field])..<Int(fields.fieldStarts[field + 1])]
              )
              signature.add(content)
              contiguous.add(content)
            }
            writer.set(
              slot: slot, mask: fields.slotMasks[slot], signature: signature, contiguous: contiguous
            )
          }
        }
      }
    }
    self.storage = storage
    isPermissive = false
    slotMasks = []
  }

  static func wordCount(forSlots slots: Int) -> Int { (slots + 63) / 64 }

  /// The column of a character-mask bit.
  @inline(__always)
  static func maskColumn(_ bit: Int) -> Int { maskBase + bit }

  /// The column of a `PairSignature.pair` number.
  @inline(__always)
  static func pairColumn(_ pair: Int) -> Int { pairBase + pair }

  /// The column of a `ContiguousSignature.gram` number.
  @inline(__always)
  static func gramColumn(_ gram: Int) -> Int { gramBase + gram }

  /// The column of a `ContiguousSignature.startPair` number.
  @inline(__always)
  static func startPairColumn(_ pair: Int) -> Int { startPairBase + pair }

  /// The column telling whether a field of the slot can begin with `head`
  /// (its first one or two bytes).
  @inline(__always)
  static func fieldStartColumn(_ head: [UInt8]) -> Int {
    fieldStartBase
      + (head.count == 1
        ? ContiguousSignature.fieldStartChar(head[0])
        : ContiguousSignature.startPair(head[0], head[1]))
  }

  /// The column telling whether a word of the slot can begin with `head`
  /// (its first one or two bytes); for one byte, only words after a field's
  /// first byte, so the field-start column must be asked too.
  @inline(__always)
  static func wordStartColumn(_ head: [UInt8]) -> Int {
    head.count == 1
      ? innerStartColumn(PairSignature.startBit(head[0]))
      : startPairColumn(ContiguousSignature.startPair(head[0], head[1]))
  }

  /// The column of a character (`PairSignature.startBit`) starting a word inside a field.
  @inline(__always)
  static func innerStartColumn(_ startBit: UInt64) -> Int {
    innerStartBase + startBit.trailingZeroBitCount
  }

  @inline(__always)
  func contains(column: Int, slot: Int) -> Bool {
    isPermissive || storage[column &* wordCount &+ slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  /// True when the slot has every close pair or word start the requirements need.
  @inline(__always)
  func passes(_ requirements: [PairRequirement], slot: Int) -> Bool {
    for requirement in requirements
    where !contains(column: requirement.startColumn, slot: slot)
      && !contains(column: requirement.pairColumn, slot: slot)
    {
      return false
    }
    return true
  }

  /// Every slot that can match the query outside descriptions: those holding
  /// its required characters and close pairs.
  func candidates(for query: PreparedQuery) -> EntitySet {
    candidates(mask: query.requiredMask, requirements: query.pairRequirements)
  }

  /// The slots whose mask holds `mask` and that pass `requirements`: every
  /// slot that can match a query with that required mask and those pairs.
  func candidates(mask: UInt64, requirements: [PairRequirement]) -> EntitySet {
    guard !isPermissive else { return slots(holding: mask) }
    var words = [UInt64](repeating: ~0, count: wordCount)
    if slotCount & 63 != 0, wordCount > 0 {
      words[wordCount - 1] = (1 << UInt64(slotCount & 63)) - 1
    }
    storage.withUnsafeBufferPointer { columns in
      words.withUnsafeMutableBufferPointer { result in
        var remaining = mask
        while remaining != 0 {
          let column = Self.maskColumn(remaining.trailingZeroBitCount)
          remaining &= remaining - 1
          let base = column * wordCount
          for word in 0..<wordCount { result[word] &= columns[base + word] }
        }
        for requirement in requirements {
          let pairs = requirement.pairColumn * wordCount
          let starts = requirement.startColumn * wordCount
          for word in 0..<wordCount {
            result[word] &= columns[pairs + word] | columns[starts + word]
          }
        }
      }
    }
    return EntitySet(words: words)
  }

  /// The slots whose character mask holds `mask`, read from permissive
  /// columns' masks.
  private func slots(holding mask: UInt64) -> EntitySet {
    var set = EntitySet(count: slotCount)
    for (slot, slotMask) in slotMasks.enumerated() where slotMask & mask == mask {
      _ = set.insert(slot)
    }
    return set
  }

  /// Splits `candidates` into those holding every column in `columns` and
  /// the rest; permissive columns keep them all together, with no rest.
  func split(_ candidates: EntitySet, by columns: [Int]) -> (holding: EntitySet, rest: EntitySet?) {
    guard !isPermissive else { return (candidates, nil) }
    var holding = candidates.words
    var rest = candidates.words
    storage.withUnsafeBufferPointer { storage in
      holding.withUnsafeMutableBufferPointer { holding in
        for column in columns {
          let base = column * wordCount
          for word in 0..<wordCount { holding[word] &= storage[base + word] }
        }
        for word in 0..<wordCount { rest[word] &= ~holding[word] }
      }
    }
    return (EntitySet(words: holding), EntitySet(words: rest))
  }
}
