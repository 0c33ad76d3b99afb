import Testing

/// Checks that a run left the terminal as it found it.
enum TerminalState {
  /// `stty -g` unchanged, and the pane back on the main screen with the
  /// cursor shown and mouse reporting and keypad modes off.
  static func expectRestored(
    _ run: TerminalRun, sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    let stty = try run.sttySnapshots()
    #expect(!stty.before.isEmpty, "no stty snapshot was taken", sourceLocation: sourceLocation)
    #expect(
      stty.before == stty.after, "stty -g changed: \(stty.before) -> \(stty.after)",
      sourceLocation: sourceLocation)
    let modes = try await run.tmux.paneValue(
      "alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} "
        + "keypad=#{keypad_flag}#{keypad_cursor_flag}")
    #expect(
      modes == "alternate=0 cursor=1 mouse=0 keypad=00", "terminal modes left on: \(modes)",
      sourceLocation: sourceLocation)
  }
}
