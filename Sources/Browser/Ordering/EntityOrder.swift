import KnowledgeGraph
import Parallel

/// All entities sorted by name, for the list pane, with the inverse mapping
/// so the list can jump to the entity on screen.
///
/// Names compare by their UTF-8 bytes with ASCII letters folded to lower
/// case (ties by dataset order), which is deterministic and cheap: most pairs
/// are decided by a 16-byte integer prefix. Sorting a million names still
/// takes about half a second, so on large graphs only the first page is
/// worked out at once (enough for the first screen), and the whole order
/// is sorted in the background; the first use of a position past the first
/// page waits for it.
public struct EntityOrder: Sendable {
  /// How many entities are known at once on a large graph: the first page
  /// on any screen.
  static let firstPageSize = 1_024

  /// The first entities in order, up to a page.
  private let firstPage: [UInt32]
  private let whole: BackgroundValue<NameRanking>
  /// How many entities the list shows, known before the order is.
  public let count: Int

  /// Works out the first page, and starts sorting the rest unless
  /// `startsSorting` is false, in which case it waits for `startSorting()`
  /// or the first position past the first page.
  public init(graph: Graph, startsSorting: Bool = true) {
    count = graph.entityCount
    let isLarge = graph.entityCount >= 1 << 16
    let slices = ParallelWork.ranges(of: count, count: isLarge ? ParallelWork.width : 1)
    let keys = ParallelWork.map(slices.count) { slice in
      slices[slice].map { entity in
        graph.withNameBytes(of: EntityIndex(entity)) {
          NameSortKey(name: $0, entity: UInt32(truncatingIfNeeded: entity))
        }
      }
    }
    guard isLarge else {
      let ranking = NameRanking(slices: keys, graph: graph)
      (firstPage, whole) = (ranking.sorted, BackgroundValue(ready: ranking))
      return
    }
    firstPage = Self.firstPage(of: keys, graph: graph)
    whole = BackgroundValue(deferred: { NameRanking(slices: keys, graph: graph) })
    if startsSorting { startSorting() }
  }

  /// Starts sorting the whole order in the background, if it has not started yet.
  public func startSorting() { whole.start() }

  /// Waits until the whole order is sorted; positions past the first page
  /// wait by themselves, so call this only to keep that wait out of a
  /// measurement.
  public func finishSorting() { _ = whole.value }

  /// The entity shown at `position` in the list.
  public func entity(at position: Int) -> EntityIndex {
    guard position < firstPage.count else { return EntityIndex(whole.value.sorted[position]) }
    return EntityIndex(firstPage[position])
  }

  /// The list position of `entity`.
  public func position(of entity: EntityIndex) -> Int {
    let raw = UInt32(truncatingIfNeeded: entity.position)
    if firstPage.count <= Self.searchablePageSize, let position = firstPage.firstIndex(of: raw) {
      return position
    }
    return Int(whole.value.ranks[entity.position])
  }

  /// Up to this many, `position(of:)` looks in the first page before
  /// waiting for the whole order.
  private static let searchablePageSize = 8 * firstPageSize

  /// The first entities in order without sorting them all: each slice keeps
  /// its smallest keys, and the smallest of those are the smallest overall.
  /// Keys that share their first 16 bytes are ordered by whole names, and
  /// the run the page's last key belongs to may go on in keys no slice
  /// kept, so that run is gathered from every slice and sorted whole.
  private static func firstPage(of slices: [[NameSortKey]], graph: Graph) -> [UInt32] {
    let smallest = SortedMerge.merged(
      ParallelWork.map(slices.count) { smallestKeys(of: slices[$0], count: firstPageSize) })
    let last = smallest[min(firstPageSize, smallest.count) - 1]
    var end = smallest.count
    while end > 0, last < smallest[end - 1] || smallest[end - 1].hasSamePrefix(as: last) {
      end -= 1
    }
    let isTied = last.hasSamePrefix(as: last)
    let run = isTied ? slices.flatMap { $0.filter { $0.hasSamePrefix(as: last) } } : []
    let keys = Array(smallest[..<end]) + run.sorted()
    var page = keys.map(\.entity)
    NameRanking.sortTies(&page, keys: keys, graph: graph)
    return page
  }

  /// The `count` smallest keys, sorted: candidates below the current
  /// threshold are collected and cut back to `count` whenever they reach
  /// twice that, so even keys arriving in descending order cost n log n.
  private static func smallestKeys(of keys: [NameSortKey], count: Int) -> [NameSortKey] {
    var kept = keys.prefix(count).sorted()
    guard var threshold = kept.last else { return [] }
    for key in keys.dropFirst(count) where key < threshold {
      kept.append(key)
      if kept.count >= 2 * count {
        kept.sort()
        kept.removeLast(kept.count - count)
        threshold = kept[count - 1]
      }
    }
    kept.sort()
    return Array(kept.prefix(count))
  }
}
