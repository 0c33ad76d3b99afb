/// The best `capacity` candidates seen so far, as a min-heap with the worst on
/// top, so rejecting a candidate costs one comparison.
struct TopResults {
  let capacity: Int
  private(set) var heap: [RankedCandidate] = []

  init(capacity: Int) {
    self.capacity = max(0, capacity)
    heap.reserveCapacity(min(self.capacity, 4096))
  }

  var isFull: Bool { heap.count >= capacity }
  var count: Int { heap.count }

  /// The worst kept key, below which candidates are rejected once full.
  var threshold: RankKey? { isFull ? heap.first?.key : nil }

  /// Keeps `candidate` if it is among the best so far; assumes its entity is not kept yet.
  @inline(__always)
  mutating func insert(_ candidate: RankedCandidate) {
    if heap.count < capacity {
      heap.append(candidate)
      siftUp(heap.count - 1)
    } else if capacity > 0, heap[0].key < candidate.key {
      heap[0] = candidate
      siftDown(0)
    }
  }

  /// Like `insert`, but when the entity is already kept, keeps only its better key.
  mutating func insertReplacing(_ candidate: RankedCandidate) {
    if let threshold, !(threshold < candidate.key) { return }
    if let kept = heap.firstIndex(where: { $0.key.entity == candidate.key.entity }) {
      guard heap[kept].key < candidate.key else { return }
      heap[kept] = candidate
      siftDown(kept)
      return
    }
    insert(candidate)
  }

  /// Adds every candidate of `other`.
  mutating func merge(_ other: TopResults) {
    for candidate in other.heap { insert(candidate) }
  }

  /// The kept candidates, best first.
  func sorted() -> [RankedCandidate] { heap.sorted { $1.key < $0.key } }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].key < heap[parent].key else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      guard left < heap.count else { return }
      let right = left + 1
      let smaller = right < heap.count && heap[right].key < heap[left].key ? right : left
      guard heap[smaller].key < heap[parent].key else { return }
      heap.swapAt(smaller, parent)
      parent = smaller
    }
  }
}
