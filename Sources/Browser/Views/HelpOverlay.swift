/// The `?` overlay: every key, scrollable, filtered by `/` as you type.
struct HelpOverlay: Hashable, Sendable {
  var filter = ""
  var isEditingFilter = false
  var offset = 0

  /// The rows shown for the current filter.
  var lines: [HelpLine] { HelpContent.lines(matching: filter) }
}
