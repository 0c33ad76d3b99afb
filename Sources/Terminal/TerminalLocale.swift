#if canImport(Glibc)
  import Glibc
#endif

/// Selects the user's locale before ncurses starts, so that wide characters are
/// drawn and measured (`wcwidth`) as the terminal shows them.
enum TerminalLocale {
  static func activate() {
    setlocale(LC_ALL, "")
    guard !isUTF8 else { return }
    // Without a UTF-8 character type, CJK text would render as blanks. Every
    // terminal kg targets speaks UTF-8, so fall back to it rather than to ASCII.
    setlocale(LC_CTYPE, "C.UTF-8")
  }

  static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
