/// The errors of a read that was asked to continue past the first one, thrown at the end
/// so a validator can show them all.
public struct RDFSyntaxErrors: Error, Equatable, Sendable, CustomStringConvertible {
  /// In input order, at most the limit the read was given.
  public var errors: [RDFSyntaxError]

  public init(errors: [RDFSyntaxError]) { self.errors = errors }

  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
