import Dispatch

/// Splits work over the machine's cores: loading, index building, full scans
/// and the browser's name order are embarrassingly parallel over ranges.
public enum ParallelWork {
  /// How many slices to cut work into.
  public static let width = max(1, min(System.coreCount, 8))

  /// Runs `body` for each slice index at once and returns the results in order.
  public static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
    defer { results.deallocate() }
    withoutActuallyEscaping(body) { body in
      let box = UncheckedBox(body: body, results: results)
      DispatchQueue.concurrentPerform(iterations: count) { index in
        (box.results.baseAddress! + index).initialize(to: box.body(index))
      }
    }
    let array = Array(results)
    _ = results.deinitialize()
    return array
  }

  /// Runs two different pieces of work at once, one a core, and returns both results: a
  /// build whose steps read the same input but produce different things (entities on one
  /// core, an index for the relations on the other) can overlap them.
  public static func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (
    First, Second
  ) {
    var firstResult: First?
    var secondResult: Second?
    _ = map(2) { index in
      if index == 0 { firstResult = first() } else { secondResult = second() }
    }
    return (firstResult!, secondResult!)
  }

  /// Splits the entities `0..<starts.count - 1` into at most `count`
  /// contiguous ranges that hold nearly equal numbers of items, where entity
  /// `e`'s items are `starts[e]..<starts[e + 1]` (CSR offsets).
  package static func ranges(balancing starts: [Int], count: Int) -> [Range<Int>] {
    let entityCount = starts.count - 1
    let total = starts[entityCount]
    var bounds = [0]
    for slice in 1..<max(1, count) {
      let target = total * slice / count
      var low = bounds[bounds.count - 1]
      var high = entityCount
      while low < high {
        let middle = (low + high) / 2
        if starts[middle] < target { low = middle + 1 } else { high = middle }
      }
      bounds.append(low)
    }
    bounds.append(entityCount)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }

  /// Splits `0..<total` into `count` contiguous ranges of nearly equal size.
  public static func ranges(of total: Int, count: Int) -> [Range<Int>] {
    (0..<count).map { slice in (total * slice / count)..<(total * (slice + 1) / count) }
  }
}

/// Carries a closure and a result buffer into Dispatch's worker threads; each
/// worker writes only its own slot, so sharing them is safe.
private struct UncheckedBox<Result>: @unchecked Sendable {
  let body: (Int) -> Result
  let results: UnsafeMutableBufferPointer<Result>
}
