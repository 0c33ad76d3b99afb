import KnowledgeGraph

/// Reads SPARQL 1.1 Query Results JSON (`head.vars`, `results.bindings`,
/// `boolean`) with kg's byte-level JSON reader, without a document tree.
///
/// Validation is strict: a binding for a variable `head.vars` does not list,
/// a term without `type` or `value`, an unknown term type or a truncated
/// document is an error with its byte offset, never a trap or a guess.
/// Members may come in any order; unknown members are skipped.
struct ResultsJSONParser {
  var reader: JSONReader
  /// Variable names as bytes, the head's first, then any found in bindings
  /// when `results` comes before `head`.
  var columns: [[UInt8]] = []
  var headVariables: [String]?

  init(_ input: UnsafeBufferPointer<UInt8>) { reader = JSONReader(input) }

  /// Parses a whole document.
  static func parse(_ bytes: [UInt8]) throws(JSONError) -> ResultsDocument {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONError) -> ResultsDocument in
        var parser = ResultsJSONParser(buffer)
        return try parser.document()
      }
    }
    return try result.get()
  }

  private mutating func document() throws(JSONError) -> ResultsDocument {
    try reader.skipByteOrderMark()
    try enterObject("the document")
    var rows: [[SPARQLTerm?]]?
    var boolean: Bool?
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      let start = reader.tokenStart
      if key.elementsEqual("head".utf8) {
        guard headVariables == nil else { throw duplicate("head", at: start) }
        headVariables = try head()
      } else if key.elementsEqual("results".utf8) {
        guard rows == nil else { throw duplicate("results", at: start) }
        rows = try results()
      } else if key.elementsEqual("boolean".utf8) {
        guard boolean == nil else { throw duplicate("boolean", at: start) }
        boolean = try bool(named: "\"boolean\"")
      } else {
        try reader.skipValue()
      }
    }
    try reader.expectEnd()
    return try finish(rows: rows, boolean: boolean)
  }

  private mutating func finish(rows: [[SPARQLTerm?]]?, boolean: Bool?) throws(JSONError)
    -> ResultsDocument
  {
    switch (rows, boolean) {
    case (nil, let boolean?): return .boolean(boolean)
    case (let rows?, nil):
      guard let headVariables else { throw problem("the document has no \"head\"", at: 0) }
      return .bindings(variables: headVariables, rows: try ordered(rows, by: headVariables))
    case (nil, nil):
      throw problem("the document has neither \"results\" nor \"boolean\"", at: 0)
    case (_?, _?): throw problem("the document has both \"results\" and \"boolean\"", at: 0)
    }
  }

  /// Rows with one cell per head variable, in head order.
  private func ordered(_ rows: [[SPARQLTerm?]], by variables: [String]) throws(JSONError)
    -> [[SPARQLTerm?]]
  {
    let names = columns.map { String(decoding: $0, as: UTF8.self) }
    if names == variables { return rows.map { padded($0, to: variables.count) } }
    var positions: [Int?] = []
    for variable in variables { positions.append(names.firstIndex(of: variable)) }
    if let unlisted = names.first(where: { !variables.contains($0) }) {
      throw problem("a binding names ?\(unlisted), which \"head.vars\" does not list", at: 0)
    }
    return rows.map { row in positions.map { $0.flatMap { $0 < row.count ? row[$0] : nil } } }
  }

  private func padded(_ row: [SPARQLTerm?], to count: Int) -> [SPARQLTerm?] {
    row.count == count ? row : row + Array(repeating: nil, count: count - row.count)
  }

  private mutating func head() throws(JSONError) -> [String] {
    try enterObject("\"head\"")
    var variables: [String]?
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      if key.elementsEqual("vars".utf8) {
        variables = try variableList()
      } else {
        try reader.skipValue()
      }
    }
    let names = variables ?? []
    if columns.isEmpty {
      columns = names.map { Array($0.utf8) }
    }
    return names
  }

  private mutating func variableList() throws(JSONError) -> [String] {
    try enterArray("\"head.vars\"")
    var names: [String] = []
    var isFirst = true
    while try reader.nextElement(isFirst: &isFirst) {
      let start = reader.position
      let name = try string(named: "a variable name")
      guard !names.contains(name) else {
        throw problem("\"head.vars\" lists ?\(name) twice", at: start)
      }
      names.append(name)
    }
    return names
  }

  private mutating func results() throws(JSONError) -> [[SPARQLTerm?]] {
    try enterObject("\"results\"")
    var rows: [[SPARQLTerm?]]?
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      if key.elementsEqual("bindings".utf8) {
        rows = try bindings()
      } else {
        try reader.skipValue()
      }
    }
    guard let rows else { throw problem("\"results\" has no \"bindings\"", at: reader.position) }
    return rows
  }

  private mutating func bindings() throws(JSONError) -> [[SPARQLTerm?]] {
    try enterArray("\"results.bindings\"")
    var rows: [[SPARQLTerm?]] = []
    var isFirst = true
    while try reader.nextElement(isFirst: &isFirst) {
      rows.append(try solution())
    }
    return rows
  }

  private mutating func solution() throws(JSONError) -> [SPARQLTerm?] {
    try enterObject("a solution")
    var row = [SPARQLTerm?](repeating: nil, count: columns.count)
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      let start = reader.tokenStart
      let column = try column(for: key, at: start)
      if column >= row.count { row += Array(repeating: nil, count: column + 1 - row.count) }
      guard row[column] == nil else {
        throw problem("a solution binds ?\(columnName(column)) twice", at: start)
      }
      row[column] = try term()
    }
    return row
  }

  /// The column of a variable, added when `head` has not come yet.
  private mutating func column(for key: UnsafeBufferPointer<UInt8>, at offset: Int)
    throws(JSONError) -> Int
  {
    if let index = columns.firstIndex(where: { $0.elementsEqual(key) }) { return index }
    let name = Array(key)
    if let headVariables {
      let text = String(decoding: name, as: UTF8.self)
      throw problem(
        "a binding names ?\(text), which \"head.vars\" (\(headVariables.count) variables) does not list",
        at: offset)
    }
    columns.append(name)
    return columns.count - 1
  }

  private func columnName(_ column: Int) -> String {
    String(decoding: columns[column], as: UTF8.self)
  }
}
