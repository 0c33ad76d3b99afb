/// A cursor in a scrolling list and the first visible row.
///
/// Views keep the cursor on screen by moving the offset as little as
/// possible, the way a pager does.
struct ScrollPosition: Hashable, Sendable {
  var cursor = 0
  var offset = 0

  /// Puts the cursor at `index`, clamped to the list, and scrolls it into view.
  mutating func move(to index: Int, count: Int, height: Int) {
    cursor = index
    clamp(count: count, height: height)
  }

  /// Scrolls the view by `delta` rows and pulls the cursor along into view (mouse wheel).
  mutating func scroll(by delta: Int, count: Int, height: Int) {
    let visible = max(1, height)
    offset = min(max(0, offset + delta), max(0, count - visible))
    cursor = min(max(cursor, offset), offset + visible - 1)
    clamp(count: count, height: height)
  }

  /// Keeps the cursor within `0..<count` and visible in `height` rows.
  mutating func clamp(count: Int, height: Int) {
    let visible = max(1, height)
    cursor = min(max(0, cursor), max(0, count - 1))
    if cursor < offset { offset = cursor }
    if cursor >= offset + visible { offset = cursor - visible + 1 }
    offset = min(max(0, offset), max(0, count - visible))
  }
}
