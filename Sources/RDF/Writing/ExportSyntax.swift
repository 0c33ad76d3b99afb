/// The two RDF syntaxes the exporters write; they share every mapping and
/// differ only in how terms are spelled and statements punctuated.
enum ExportSyntax: Sendable {
  /// One triple per line, every IRI in full.
  case nTriples
  /// Statements grouped by subject, IRIs compacted with `@prefix` names.
  case turtle
}
