/// Sorts the short runs that counting sorts leave, one entity's relations at
/// a time, by a 64-bit key and then by the element itself.
///
/// Elements arrive in ascending order, so ties on the key keep dataset
/// order. Most runs hold a handful of elements, where an insertion sort on
/// the buffer beats building pairs; hubs with thousands get a full sort.
enum RunSorter {
  static func sort(
    _ buffer: UnsafeMutableBufferPointer<UInt32>, _ run: Range<Int>, key: (UInt32) -> UInt64
  ) {
    guard run.count > 16 else { return insertionSort(buffer, run, key: key) }
    let sorted = buffer[run].map { (key: key($0), element: $0) }.sorted {
      ($0.key, $0.element) < ($1.key, $1.element)
    }
    for (position, pair) in zip(run, sorted) { buffer[position] = pair.element }
  }

  private static func insertionSort(
    _ buffer: UnsafeMutableBufferPointer<UInt32>, _ run: Range<Int>, key: (UInt32) -> UInt64
  ) {
    for position in run.dropFirst() {
      let element = buffer[position]
      let elementKey = key(element)
      var slot = position
      while slot > run.lowerBound && key(buffer[slot - 1]) > elementKey {
        buffer[slot] = buffer[slot - 1]
        slot -= 1
      }
      buffer[slot] = element
    }
  }
}
