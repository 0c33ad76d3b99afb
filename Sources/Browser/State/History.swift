import KnowledgeGraph

/// Browser-like history: a list of visited pages and a position in it.
///
/// Opening a page after going back drops the pages ahead, as a web browser
/// does. The oldest pages are forgotten beyond `capacity`, so a long session
/// does not grow memory.
struct History: Hashable, Sendable {
  static let capacity = 1000

  private(set) var entries: [HistoryEntry] = []
  private(set) var position = 0

  var current: HistoryEntry? {
    get { entries.isEmpty ? nil : entries[position] }
    set {
      guard let newValue, !entries.isEmpty else { return }
      entries[position] = newValue
    }
  }

  var canGoBack: Bool { position > 0 }
  var canGoForward: Bool { position + 1 < entries.count }

  /// The pages walked to reach the current one, oldest first: the breadcrumb.
  var trail: ArraySlice<HistoryEntry> { entries.isEmpty ? [] : entries[...position] }

  /// Adds a page after the current one; nil is the home screen.
  mutating func push(_ entity: EntityIndex?) {
    push(HistoryEntry(entity: entity))
  }

  mutating func push(_ entry: HistoryEntry) {
    if !entries.isEmpty { entries.removeSubrange((position + 1)...) }
    entries.append(entry)
    if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    position = entries.count - 1
  }

  /// Drops the endpoint pages of entries more than `distance` from the
  /// current one; they are asked for again when visited.
  mutating func forgetPages(fartherThan distance: Int) {
    for index in entries.indices
    where abs(index - position) > distance && entries[index].remote?.page != nil {
      entries[index].remote?.page = nil
      entries[index].entity = nil
    }
  }

  @discardableResult
  mutating func back() -> Bool {
    guard canGoBack else { return false }
    position -= 1
    return true
  }

  @discardableResult
  mutating func forward() -> Bool {
    guard canGoForward else { return false }
    position += 1
    return true
  }

  /// Moves to an existing page without changing the list, e.g. to a step of a path.
  mutating func jump(to index: Int) {
    guard entries.indices.contains(index) else { return }
    position = index
  }
}
