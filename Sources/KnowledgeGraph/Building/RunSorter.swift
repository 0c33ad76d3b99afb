/// Sorts the runs that the counting sorts of `EntityBlocks` leave, one
/// entity's relations at a time, as packed words that order the way the
/// run must.
///
/// Words arrive in relation order and the sort is stable, so equal words
/// keep it: the first of several equal relations stays first. Most runs
/// hold a handful of words, where an insertion sort beats any other; hubs
/// with thousands get the standard sort.
enum RunSorter {
  /// Sorts `words[run]`, moving each payload, when given, with its word.
  /// Payloads that arrive ascending among equal words stay so.
  static func sort(
    _ words: UnsafeMutableBufferPointer<UInt64>,
    carrying payloads: UnsafeMutableBufferPointer<UInt64>? = nil, _ run: Range<Int>
  ) {
    guard run.count > 16 else { return insertionSort(words, carrying: payloads, run) }
    guard let payloads else {
      var hub = UnsafeMutableBufferPointer(rebasing: words[run])
      return hub.sort()
    }
    let sorted = run.map { (words[$0], payloads[$0]) }.sorted { $0 < $1 }
    for (position, pair) in zip(run, sorted) {
      (words[position], payloads[position]) = pair
    }
  }

  private static func insertionSort(
    _ words: UnsafeMutableBufferPointer<UInt64>,
    carrying payloads: UnsafeMutableBufferPointer<UInt64>?, _ run: Range<Int>
  ) {
    for position in run.dropFirst() {
      let word = words[position]
      let payload = payloads?[position]
      var slot = position
      while slot > run.lowerBound && words[slot - 1] > word {
        words[slot] = words[slot - 1]
        if let payloads { payloads[slot] = payloads[slot - 1] }
        slot -= 1
      }
      words[slot] = word
      if let payloads, let payload { payloads[slot] = payload }
    }
  }
}
