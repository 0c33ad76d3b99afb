/// N-Triples lines grouped by subject IRI in one buffer: each entity's card
/// (or each type's labels), ready to be read as a graph again without
/// asking the endpoint.
struct CardLines: Sendable {
  /// The kept lines, each subject's together, one triple a line.
  private(set) var bytes: [UInt8] = []
  private var ranges: [String: Range<Int>] = [:]

  /// How many subjects have lines here.
  var subjectCount: Int { ranges.count }
  /// How many distinct triples the document held, kept or not: less than
  /// the endpoint counted means it cut the answer short.
  private(set) var documentTriples = 0

  /// The kept lines are in the order `FragmentReader` reads lines in (by
  /// subject, then line, which is byte order since a subject ends at a
  /// space), so they can be read as a graph without sorting them again.
  ///
  /// Groups the triples of `document` by subject, without repeats, keeping
  /// the IRI subjects that `keeps` accepts given their lines; blank-node
  /// subjects are never search results, so they are left out.
  init(
    _ document: [UInt8],
    keeping keeps: (_ iri: String, _ lines: ArraySlice<NTriplesLine>) -> Bool = { _, _ in true }
  ) {
    let lines = NTriplesLine.lines(of: document).sorted(by: NTriplesLine.precedes)
    var start = lines.startIndex
    while start < lines.endIndex {
      var end = start + 1
      while end < lines.endIndex,
        NTriplesLine.compare(lines[end].subject, lines[start].subject) == 0
      {
        end += 1
      }
      documentTriples += Self.distinctCount(lines[start..<end])
      if let iri = NTriplesLine.iri(lines[start].subject), keeps(iri, lines[start..<end]) {
        append(lines[start..<end], as: iri)
      }
      start = end
    }
  }

  /// Lines kept by the initializer above and stored (`StoredLabelIndex`):
  /// already grouped and without repeats, so they are only cut at each
  /// change of subject, with no sort.
  init(grouped bytes: [UInt8]) {
    self.bytes = bytes
    var start = 0
    var subject: ArraySlice<UInt8> = []
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      let next = NTriplesLine(line).subject
      guard NTriplesLine.compare(next, subject) != 0 else { continue }
      record(subject, start..<line.startIndex)
      (subject, start) = (next, line.startIndex)
    }
    record(subject, start..<bytes.count)
  }

  private mutating func record(_ subject: ArraySlice<UInt8>, _ range: Range<Int>) {
    if let iri = NTriplesLine.iri(subject), !range.isEmpty { ranges[iri] = range }
  }

  /// The lines about `iri`, each ending in a newline.
  func lines(of iri: String) -> ArraySlice<UInt8>? {
    ranges[iri].map { bytes[$0] }
  }

  /// The lines of the subjects `other` has no lines about.
  func lines(notIn other: CardLines) -> [UInt8] {
    var kept: [UInt8] = []
    let ordered = ranges.sorted { $0.value.lowerBound < $1.value.lowerBound }
    for (iri, range) in ordered where other.ranges[iri] == nil { kept += bytes[range] }
    return kept
  }

  private static func distinctCount(_ lines: ArraySlice<NTriplesLine>) -> Int {
    zip(lines, lines.dropFirst()).count { NTriplesLine.compare($0.bytes, $1.bytes) != 0 } + 1
  }

  private mutating func append(_ lines: ArraySlice<NTriplesLine>, as iri: String) {
    let start = bytes.count
    var previous: ArraySlice<UInt8>?
    for line in lines where previous.map({ NTriplesLine.compare($0, line.bytes) != 0 }) ?? true {
      bytes += line.bytes
      bytes.append(UInt8(ascii: "\n"))
      previous = line.bytes
    }
    ranges[iri] = start..<bytes.count
  }
}
