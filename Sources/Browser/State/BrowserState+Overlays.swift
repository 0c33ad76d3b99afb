import KnowledgeGraph

extension BrowserState {
  static let filterWidth = 48

  /// Rows of help visible in the overlay box at the current size.
  func helpRowsHeight(_ help: HelpOverlay) -> Int {
    HelpGeometry(help, layout: layout).rowsHeight
  }

  /// Rows of labels visible in the chooser box at the current size.
  func filterRowsHeight(_ chooser: FilterChooser) -> Int {
    let box = layout.overlayBox(
      lines: max(1, chooser.labels.count), preferredWidth: Self.filterWidth)
    return max(1, box.height - 3)
  }

  mutating func handleHelpKey(_ key: Key, help: HelpOverlay) {
    var help = help
    if help.isEditingFilter {
      switch key {
      case .escape:
        help.filter = ""
        help.isEditingFilter = false
      case .enter: help.isEditingFilter = false
      case .backspace, .control("h"): help.filter = String(help.filter.dropLast())
      case .character(let character) where help.filter.count < 64:
        help.filter.append(character)
      default: scrollHelp(&help, key: key, lettersAllowed: false)
      }
    } else {
      switch key {
      case .escape, .character("q"), .character("?"), .function(1):
        overlay = nil
        return
      case .character("/"): help.isEditingFilter = true
      default: scrollHelp(&help, key: key, lettersAllowed: true)
      }
    }
    overlay = .help(help)
  }

  private func scrollHelp(_ help: inout HelpOverlay, key: Key, lettersAllowed: Bool) {
    guard let motion = Motion(key: key, lettersAllowed: lettersAllowed) else { return }
    let geometry = HelpGeometry(help, layout: layout)
    let height = geometry.rowsHeight
    let last = max(0, geometry.rowCount - height)
    help.offset = min(max(0, motion.target(from: help.offset, count: last + 1, page: height)), last)
  }

  /// Opens the label chooser for the current entity, checked as the filter stands.
  mutating func openFilterChooser() {
    guard let entity = currentEntity else { return }
    let labels = DetailLayout.labels(of: entity, in: graph)
    let all = Set(labels.map(\.label))
    overlay = .filter(
      FilterChooser(labels: labels, checked: relationFilter.map { $0.intersection(all) } ?? all))
  }

  mutating func handleFilterKey(_ key: Key, chooser: FilterChooser) {
    var chooser = chooser
    switch key {
    case .escape, .character("q"), .character("t"):
      overlay = nil
      return
    case .enter:
      applyFilter(chooser.filter)
      return
    case .character(" "), .character("x"): chooser.toggle()
    case .character("a"): chooser.checkAll(true)
    case .character("n"): chooser.checkAll(false)
    default:
      guard let motion = Motion(key: key, lettersAllowed: true) else { return }
      let height = filterRowsHeight(chooser)
      let target = motion.target(
        from: chooser.position.cursor, count: chooser.labels.count, page: height)
      chooser.position.move(to: target, count: chooser.labels.count, height: height)
    }
    overlay = .filter(chooser)
  }

  /// Shows only relations with these labels (nil: all), from the first relation.
  mutating func applyFilter(_ filter: Set<String>?) {
    relationFilter = filter
    overlay = nil
    if var entry = history.current {
      entry.detail = ScrollPosition()
      history.current = entry
    }
  }

  mutating func normalizeOverlay() {
    switch overlay {
    case .help(var help):
      let geometry = HelpGeometry(help, layout: layout)
      help.offset = min(max(0, help.offset), max(0, geometry.rowCount - geometry.rowsHeight))
      overlay = .help(help)
    case .filter(var chooser):
      chooser.position.clamp(count: chooser.labels.count, height: filterRowsHeight(chooser))
      overlay = .filter(chooser)
    case .bookmarks(var chooser):
      chooser.position.clamp(
        count: chooser.matches(memory.bookmarks).count, height: bookmarkRowsHeight(chooser))
      overlay = .bookmarks(chooser)
    case nil:
      break
    }
  }
}
