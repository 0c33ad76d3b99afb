import RDF
import Testing

/// What the Turtle reader reports beyond the W3C suites: declarations, generated labels,
/// datatypes of bare literals, and error text.
struct TurtleReaderTests {
  private let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  private let xsd = "http://www.w3.org/2001/XMLSchema#"

  @Test func prefixesAndBasesReachTheSinkResolved() throws {
    let text =
      "@base <http://e/dir/> .\n@prefix x: <sub/> .\nPREFIX y: <http://y/>\nBASE <../other/>\n"
    let sink = try Parsing.record(Array(text.utf8), .turtle)
    #expect(sink.bases == ["http://e/dir/", "http://e/other/"])
    #expect(sink.prefixes.map(\.name) == ["x", "y"])
    #expect(sink.prefixes.map(\.namespace) == ["http://e/dir/sub/", "http://y/"])
  }

  @Test func blankNodeLabelsNeverCollide() throws {
    let text = "@prefix : <http://e/> .\n_:a :p [] .\n_:_0 :p ( _:a ) .\n"
    let statements = try Parsing.statements(text, .turtle)
    #expect(
      statements.map(\.description) == [
        "_:a <http://e/p> _:_0 .",
        "_:__0 <http://e/p> _:_1 .",
        "_:_1 <\(rdf)first> _:a .",
        "_:_1 <\(rdf)rest> <\(rdf)nil> .",
      ])
  }

  @Test func collectionsBecomeFirstRestNil() throws {
    let statements = try Parsing.statements("<http://e/s> <http://e/p> ( 1 \"two\" ) .", .turtle)
    #expect(
      statements.map(\.description) == [
        "<http://e/s> <http://e/p> _:_0 .",
        "_:_0 <\(rdf)first> \"1\"^^<\(xsd)integer> .",
        "_:_0 <\(rdf)rest> _:_1 .",
        "_:_1 <\(rdf)first> \"two\" .",
        "_:_1 <\(rdf)rest> <\(rdf)nil> .",
      ])
  }

  @Test func bareLiteralsGetTheirDatatypes() throws {
    let text =
      "<http://e/s> <http://e/p> -5, 1.5, .5e3, 1.E2, true, \"x\"^^<\(xsd)string>, 'y'@en-GB ."
    let objects = try Parsing.statements(text, .turtle).map(\.object)
    #expect(
      objects == [
        .literal("-5", datatype: xsd + "integer"), .literal("1.5", datatype: xsd + "decimal"),
        .literal(".5e3", datatype: xsd + "double"), .literal("1.E2", datatype: xsd + "double"),
        .literal("true", datatype: xsd + "boolean"), .literal("x"),
        .literal("y", language: "en-GB"),
      ])
  }

  @Test func escapesAreDecoded() throws {
    let text =
      #"@prefix : <http://e/> . :a\~b :p "tab\there \u00E9 \U0001F600", """two"""# + "\n"
      + #"lines""" ."#
    let statements = try Parsing.statements(text, .turtle)
    #expect(statements[0].subject == .iri("http://e/a~b"))
    #expect(statements.map(\.object.value) == ["tab\there é 😀", "two\"\"\nlines"])
  }

  @Test func errorsSayWhatWasExpectedAndWhere() {
    #expect(
      Parsing.error("@prefix : <http://e/> .\n:s :p :o ]", .turtle)
        == "2:10: expected ',', ';' or '.' after the object, found ']'")
    #expect(
      Parsing.error("@prefix : <http://e/> .\n:s :p [ :q :o .", .turtle)
        == "2:15: expected ',', ';' or ']' after the object, found '.'")
    #expect(
      Parsing.error("<s> <http://e/p> <http://e/o> .", .turtle)
        == "1:1: the relative IRI '<s>' needs a base IRI, but none is set")
    #expect(
      Parsing.error("<http://e/s> <http://e/p> .", .turtle)
        == "1:27: expected an object (an IRI, a prefixed name, a blank node, a literal or a collection), found '.'"
    )
  }
}
