/// The numbers given to relation sources so far, the last one found again
/// without hashing: a million reified statements may cite the same few
/// sources, often one after another.
struct OriginNumbers {
  private var numbers: [SourceOrigin: UInt16] = [:]
  private var last: (origin: SourceOrigin, number: UInt16)?

  mutating func number(of origin: SourceOrigin) -> UInt16? {
    if let last, last.origin == origin { return last.number }
    guard let number = numbers[origin] else { return nil }
    last = (origin, number)
    return number
  }

  mutating func add(_ origin: SourceOrigin, _ number: UInt16) {
    numbers[origin] = number
    last = (origin, number)
  }
}
