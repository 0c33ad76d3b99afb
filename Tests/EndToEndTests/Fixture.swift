/// What the end-to-end fixture (`Fixtures/chain.json`) contains: a chain in
/// which each organisation funds the next, so following the first relation
/// of each page walks Aurora → Borealis → Cascade → Delta.
enum Fixture {
  static let title = "E2E fixture graph"

  struct Entity {
    let id: String
    let name: String
    /// A word that appears only in this entity's description, so it is on
    /// screen only while the detail pane shows this entity.
    let marker: String
  }

  static let aurora = Entity(id: "aurora", name: "Aurora Holdings", marker: "Marker-Aurora")
  static let borealis = Entity(
    id: "borealis", name: "Borealis Institute", marker: "Marker-Borealis")
  static let cascade = Entity(id: "cascade", name: "Cascade University", marker: "Marker-Cascade")
  static let ember = Entity(id: "ember", name: "Ember Foundation", marker: "Marker-Ember")
  static let auroraAlias = "极光控股"
  static let breadcrumbSeparator = " › "
}
