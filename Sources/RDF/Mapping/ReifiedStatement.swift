import KnowledgeGraph

/// A reified statement (`rdf:subject`, `rdf:predicate`, `rdf:object`) with
/// the provenance kg writes on it, folded back into its relation's source
/// and quote instead of becoming an entity.
///
/// Missing parts are `ReifiedStatement.missing` rather than optionals, so a
/// million statements take 28 bytes each instead of 44.
struct ReifiedStatement {
  static let missing = UInt32.max

  var subject = Self.missing
  var predicate = Self.missing
  var object = Self.missing
  var source = Self.missing
  var quote = StringRef.empty
  var hasQuote = false

  /// The relation it describes, once all three parts are known.
  var relationKey: RelationKey? {
    guard subject != Self.missing, predicate != Self.missing, object != Self.missing else {
      return nil
    }
    return RelationKey(from: subject, predicate: predicate, to: object)
  }

  /// Whether it gives its relation a source or a quote, which is what makes
  /// it provenance rather than an entity of its own.
  var hasProvenance: Bool { source != Self.missing || hasQuote }

  /// Takes every part that `later`, a later record of the same node, gives.
  mutating func update(with later: ReifiedStatement) {
    if later.subject != Self.missing { subject = later.subject }
    if later.predicate != Self.missing { predicate = later.predicate }
    if later.object != Self.missing { object = later.object }
    if later.source != Self.missing { source = later.source }
    if later.hasQuote { (quote, hasQuote) = (later.quote, true) }
  }
}
