extension RDFTerm {
  /// The value as a Swift string, for callers that keep a term beyond the sink call and are
  /// willing to pay for the copy.
  public var valueString: String { String(decoding: value, as: UTF8.self) }

  /// The datatype IRI as a string; empty for plain and language-tagged literals.
  public var datatypeString: String { String(decoding: datatype, as: UTF8.self) }

  /// The language tag as a string, as written (case preserved); empty when there is none.
  public var languageString: String { String(decoding: language, as: UTF8.self) }
}
