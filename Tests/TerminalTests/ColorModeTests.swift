@testable import Terminal
import Testing

@Suite("Colour mode")
struct ColorModeTests {
  @Test("auto follows NO_COLOR; an empty NO_COLOR does not count")
  func auto() {
    #expect(ColorMode.auto.allowsColor(environment: [:], terminalHasColors: true))
    #expect(!ColorMode.auto.allowsColor(environment: ["NO_COLOR": "1"], terminalHasColors: true))
    #expect(ColorMode.auto.allowsColor(environment: ["NO_COLOR": ""], terminalHasColors: true))
  }

  @Test("always outranks NO_COLOR, never outranks everything, and no terminal colours means none")
  func explicit() {
    #expect(ColorMode.always.allowsColor(environment: ["NO_COLOR": "1"], terminalHasColors: true))
    #expect(!ColorMode.never.allowsColor(environment: [:], terminalHasColors: true))
    #expect(!ColorMode.always.allowsColor(environment: [:], terminalHasColors: false))
  }
}
