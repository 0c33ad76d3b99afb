/// The bytes of a whole file in one allocation, freed when the last reference goes.
final class FileBytes {
  private let base: UnsafeMutablePointer<UInt8>
  let count: Int

  init(capacity: Int) {
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, capacity))
    count = capacity
  }

  deinit { base.deallocate() }

  var mutableBase: UnsafeMutablePointer<UInt8> { base }

  var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
