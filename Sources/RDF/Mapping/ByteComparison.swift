#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-string equality with `memcmp`: the generic `elementsEqual` goes
/// element by element, and the mapper compares a term with the previous
/// one for nearly every triple.
enum ByteComparison {
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
    other.withUnsafeBufferPointer { equal(bytes, $0) }
  }

  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard bytes.count == other.count else { return false }
    guard let base = bytes.baseAddress, let otherBase = other.baseAddress else { return true }
    return memcmp(base, otherBase, bytes.count) == 0
  }
}
