import KnowledgeGraph
import Scripting
import Testing

/// No text command may let dataset text control the terminal: every output is
/// checked for raw control, bidirectional and invisible characters.
@Suite struct TerminalSafetyTests {
  let plain = CommandOutput(graph: Fixture.graph)
  let colored = CommandOutput(graph: Fixture.graph, style: TextStyle(isColored: true))

  /// The only escape sequences allowed are the renderer's own SGR colour codes.
  static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
    let withoutColour = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
    return withoutColour.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x09, 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
        0x2066...0x2069, 0xFEFF:
        true
      default: false
      }
    }
  }

  func everyTextOutput(_ output: CommandOutput) throws -> [String] {
    [
      output.show("evil").text, output.show("acme").text, try output.neighbors("acme").text,
      try output.neighbors("evil", depth: 2).text, try output.path("evil", "beta").text,
      try output.path("evil", "delta", all: true).text, output.stats().text,
      output.unresolved("Evil").message, output.unresolved("evi").message,
    ]
  }

  @Test func plainTextOutputCarriesNoRawControls() throws {
    for text in try everyTextOutput(plain) {
      #expect(Self.unsafeScalars(in: text).isEmpty, "unsafe characters in: \(text)")
      #expect(!text.contains("\u{1B}"))
    }
  }

  @Test func colouredTextOutputCarriesOnlyItsOwnColourCodes() throws {
    let outputs = try everyTextOutput(colored)
    for text in outputs {
      #expect(Self.unsafeScalars(in: text).isEmpty, "unsafe characters in: \(text)")
    }
    #expect(outputs[0].hasPrefix("\u{1B}[1mEvil\\u{1B}[2J"))
  }

  @Test func jsonOutputEscapesControlsAsJSONRequires() {
    let json = plain.show("evil").json
    #expect(
      json.contains(#""name": "Evil\u001b[2J\u001b]0;pwned\u0007 \"quoted\" back\\slash\nnew line"#)
    )
    #expect(!json.contains("\u{1B}"))
  }
}
