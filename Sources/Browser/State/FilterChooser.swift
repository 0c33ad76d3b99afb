/// The `t` overlay: the current entity's relation labels with check marks,
/// choosing which the detail pane shows.
struct FilterChooser: Hashable, Sendable {
  let labels: [LabelCount]
  var checked: Set<String>
  var position = ScrollPosition()

  mutating func toggle() {
    guard labels.indices.contains(position.cursor) else { return }
    let label = labels[position.cursor].label
    if checked.contains(label) { checked.remove(label) } else { checked.insert(label) }
  }

  mutating func checkAll(_ isChecked: Bool) {
    checked = isChecked ? Set(labels.map(\.label)) : []
  }

  /// The filter to apply: nil (show everything) when all or none are checked.
  var filter: Set<String>? {
    checked.isEmpty || labels.allSatisfy({ checked.contains($0.label) }) ? nil : checked
  }
}
