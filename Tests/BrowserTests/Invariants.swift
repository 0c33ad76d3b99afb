@testable import Browser
import KnowledgeGraph

/// What must hold after every event, whatever the input was.
enum Invariants {
  /// The first broken invariant, or nil.
  static func violation(in state: BrowserState) -> String? {
    stateViolation(state) ?? screenViolation(BrowserRenderer.render(state, size: state.size))
  }

  static func stateViolation(_ state: BrowserState) -> String? {
    let count = state.graph.entityCount
    if !(0..<max(1, count)).contains(state.list.cursor) {
      return "list cursor \(state.list.cursor) of \(count)"
    }
    if state.list.offset < 0 || state.list.offset > max(0, count - 1) {
      return "list offset \(state.list.offset)"
    }
    if let session = state.search, !(0..<max(1, session.rowCount)).contains(session.position.cursor)
    {
      return "search cursor \(session.position.cursor) of \(session.rowCount)"
    }
    if let session = state.path, !(0..<max(1, session.rowCount)).contains(session.position.cursor) {
      return "path cursor \(session.position.cursor) of \(session.rowCount)"
    }
    return historyViolation(state) ?? detailViolation(state)
  }

  private static func historyViolation(_ state: BrowserState) -> String? {
    let history = state.history
    if history.entries.count > History.capacity {
      return "history grew to \(history.entries.count)"
    }
    if state.graph.entityCount > 0, history.entries.isEmpty, !state.isEndpoint {
      return "history lost its page"
    }
    if !history.entries.isEmpty, !history.entries.indices.contains(history.position) {
      return "history position \(history.position) of \(history.entries.count)"
    }
    let unknown = history.entries.contains { entry in
      let graph = entry.remote.map { $0.page?.graph } ?? state.graph
      guard let entity = entry.entity else { return false }
      return entity.position >= (graph?.entityCount ?? 0)
    }
    if unknown { return "history holds an unknown entity" }
    if let page = history.current?.remote?.page, page !== state.shownPage {
      return "the panes show another page than the current one"
    }
    return nil
  }

  private static func detailViolation(_ state: BrowserState) -> String? {
    guard let detail = state.detailLayout(), let entry = state.history.current else { return nil }
    if !(0..<max(1, detail.relationCount)).contains(entry.detail.cursor) {
      return "detail cursor \(entry.detail.cursor) of \(detail.relationCount)"
    }
    if entry.detail.offset < 0 || entry.detail.offset > max(0, detail.lineCount - 1) {
      return "detail offset \(entry.detail.offset) of \(detail.lineCount) lines"
    }
    return nil
  }

  /// Every row is exactly as wide as the screen, every cell one safe cluster.
  static func screenViolation(_ buffer: ScreenBuffer) -> String? {
    let cells = buffer.cells
    let columns = buffer.size.columns
    for row in 0..<buffer.size.rows {
      var column = 0
      while column < columns {
        let cell = cells[row * columns + column]
        let utf8 = cell.text.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
          column += 1
          continue
        }
        let next = column + 1 < columns ? cells[row * columns + column + 1] : nil
        if let violation = violation(of: cell, followedBy: next) {
          return "row \(row), column \(column): \(violation)"
        }
        column += DisplayWidth.of(cell.text)
      }
    }
    return nil
  }

  /// What is wrong with a cell that is not plain ASCII, or nil.
  private static func violation(of cell: Cell, followedBy next: Cell?) -> String? {
    if cell.isContinuation { return "stray continuation" }
    if cell.text.count != 1 { return "\(cell.text.count) clusters in one cell" }
    if cell.text.unicodeScalars.contains(where: HostileTextTests.isUnsafe) { return "unsafe text" }
    switch DisplayWidth.of(cell.text) {
    case 1: return nil
    case 2: return next?.isContinuation == true ? nil : "wide character without its second cell"
    case let width: return "cell is \(width) columns wide"
    }
  }
}
