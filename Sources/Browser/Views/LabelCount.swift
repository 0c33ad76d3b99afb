/// A relation label and how many relations of the current entity carry it.
struct LabelCount: Hashable, Sendable {
  let label: String
  let count: Int
}
