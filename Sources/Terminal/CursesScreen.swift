import Browser
import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// The ncurses screen: draws `ScreenBuffer`s, sending only the cells that
/// changed, and turns keyboard, mouse and resize input into `InputEvent`s.
///
/// Only one can exist at a time; `close()` must run on every way out, which
/// `BrowserSession` guarantees.
final class CursesScreen {
  private let screen: OpaquePointer
  private let palette: StylePalette
  private var shown: ScreenBuffer?

  /// Starts ncurses on standard input and output. Call `TerminalPreflight.check` first.
  init(options: TerminalOptions, environment: [String: String]) throws(TerminalError) {
    TerminalLocale.activate()
    var shellModes = termios()
    tcgetattr(STDIN_FILENO, &shellModes)
    guard let screen = kg_newterm() else {
      throw .startFailed(name: environment["TERM"] ?? "")
    }
    self.screen = screen
    Self.configureInput(mouse: options.mouse)
    palette = StylePalette(
      colorsEnabled: options.colorMode.allowsColor(
        environment: environment, terminalHasColors: has_colors()))
    EmergencyRestore.arm(
      shellModes: shellModes, resetSequence: Self.resetSequence(mouse: options.mouse))
    StderrCapture.begin()
  }

  var size: ScreenSize { ScreenSize(columns: Int(kg_cols()), rows: Int(kg_lines())) }

  /// Draws a buffer. Unless `fullRepaint` is set (Ctrl-L, a resize), only
  /// cells that differ from the last buffer drawn are sent.
  func present(_ buffer: ScreenBuffer, fullRepaint: Bool) {
    let previous = fullRepaint || shown?.size != buffer.size ? nil : shown
    if previous == nil {
      werase(kg_stdscr())
      clearok(kg_curscr(), true)
    }
    let columns = buffer.size.columns
    for row in 0..<buffer.size.rows {
      for column in 0..<columns where !buffer[column, row].isContinuation {
        let cell = buffer[column, row]
        if let previous, previous[column, row] == cell { continue }
        let nextIsContinuation = column + 1 < columns && buffer[column + 1, row].isContinuation
        draw(cell, row: row, column: column, hasRoomForWide: nextIsContinuation)
      }
    }
    wnoutrefresh(kg_stdscr())
    doupdate()
    shown = buffer
  }

  /// Every input event ncurses has ready, without waiting; at most `limit`.
  func readEvents(limit: Int) -> [InputEvent] {
    var events: [InputEvent] = []
    while events.count < limit {
      var code: wint_t = 0
      let status = wget_wch(kg_stdscr(), &code)
      if status == ERR { break }
      if let event = status == kg_key_code_yes() ? keyCodeEvent(Int32(code)) : characterEvent(code)
      {
        events.append(event)
      }
    }
    return events
  }

  /// Restores the terminal: modes, cursor, alternate screen, mouse reporting.
  func close() {
    endwin()
    delscreen(screen)
    EmergencyRestore.disarm()
    StderrCapture.release()
  }

  private func characterEvent(_ code: wint_t) -> InputEvent? {
    KeyDecoder.key(forCharacter: UInt32(code)).map { .key($0) }
  }

  private func keyCodeEvent(_ code: Int32) -> InputEvent? {
    switch code {
    case kg_key_resize():
      shown = nil
      return .resize(size)
    case kg_key_mouse():
      var report = MEVENT()
      guard getmouse(&report) == OK else { return nil }
      return MouseDecoder.event(from: report).map { .mouse($0) }
    default:
      return KeyDecoder.key(forKeyCode: code).map { .key($0) }
    }
  }

  private func draw(_ cell: Cell, row: Int, column: Int, hasRoomForWide: Bool) {
    let scalars = Self.drawableScalars(of: cell.text, hasRoomForWide: hasRoomForWide)
    let (attributes, pair) = palette.attributes(for: cell.style)
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
      var count = 0
      for scalar in scalars.prefix(Int(CCHARW_MAX) - 1) {
        text[count] = wchar_t(bitPattern: scalar.value)
        count += 1
      }
      text[count] = 0
      _ = kg_draw_cell(Int32(row), Int32(column), text.baseAddress, attributes, pair)
    }
  }

  /// The scalars to send for a cell. A wide character without its continuation
  /// cell, or a cluster that has no width of its own, is replaced, so the row
  /// never shifts out of line with the buffer.
  static func drawableScalars(of text: String, hasRoomForWide: Bool) -> [Unicode.Scalar] {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first else { return [" "] }
    let width = scalars.map { wcwidth(wchar_t(bitPattern: $0.value)) }.max() ?? 0
    if width >= 2 && !hasRoomForWide { return [" "] }
    if wcwidth(wchar_t(bitPattern: first.value)) < 1 { return ["\u{FFFD}"] }
    return scalars
  }

  private static func configureInput(mouse: Bool) {
    let window = kg_stdscr()
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    nodelay(window, true)
    intrflush(window, false)
    leaveok(window, true)
    curs_set(0)
    set_escdelay(25)
    if mouse { mousemask(MouseDecoder.mask, nil) }
    disableFlowControl()
  }

  /// Ctrl-S would otherwise stop all output until Ctrl-Q, which looks exactly
  /// like a frozen browser. `endwin` restores the user's own setting.
  private static func disableFlowControl() {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    def_prog_mode()
  }

  /// What a crash handler writes to undo ncurses' terminal modes without
  /// calling ncurses: attributes off, cursor on, keypad off, mouse off, main screen.
  private static func resetSequence(mouse: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    for capability in ["sgr0", "cnorm", "rmkx"] {
      bytes += capabilityBytes(capability)
    }
    if mouse && TerminalPreflight.hasCapability("kmous") {
      bytes += Array("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l".utf8)
    }
    return bytes + capabilityBytes("rmcup")
  }

  private static func capabilityBytes(_ name: String) -> [UInt8] {
    guard TerminalPreflight.hasCapability(name), let value = tigetstr(name) else { return [] }
    return Array(withoutPadding(String(cString: value)).utf8)
  }

  /// Drops terminfo delay markers such as `$<2>`, which only `tputs` understands.
  private static func withoutPadding(_ capability: String) -> String {
    var result = capability
    while let start = result.range(of: "$<"),
      let end = result[start.upperBound...].firstIndex(of: ">")
    {
      result.removeSubrange(start.lowerBound...end)
    }
    return result
  }
}
