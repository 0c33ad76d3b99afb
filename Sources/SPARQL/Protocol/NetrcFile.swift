/// Reads `~/.netrc`, the file curl, git and ftp take passwords from.
///
/// Tokens are separated by white space; `machine NAME` starts an entry and
/// `default` one that matches any host; `login`, `password` and `account`
/// take a value; `macdef` skips to the next empty line. A value may be
/// double-quoted with backslash escapes, as curl allows. The first entry for
/// the host wins, and `default` only when no entry names the host.
enum NetrcFile {
  static func credentials(forHost host: String, in text: String) -> EndpointCredentials? {
    var entries: [(machine: String?, login: String?, password: String?)] = []
    var tokens = Tokens(text)
    while let token = tokens.next() {
      switch token {
      case "machine": entries.append((tokens.next() ?? "", nil, nil))
      case "default": entries.append((nil, nil, nil))
      case "login" where !entries.isEmpty: entries[entries.count - 1].login = tokens.next()
      case "password" where !entries.isEmpty: entries[entries.count - 1].password = tokens.next()
      case "account": _ = tokens.next()
      case "macdef": tokens.skipMacro()
      default: break
      }
    }
    let lowered = host.lowercased()
    let entry =
      entries.first { $0.machine?.lowercased() == lowered } ?? entries.first { $0.machine == nil }
    guard let login = entry?.login, let password = entry?.password else { return nil }
    return EndpointCredentials(user: login, password: password)
  }

  /// The tokens of a netrc text, one after another.
  private struct Tokens {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    mutating func next() -> String? {
      while index < characters.count && characters[index].isWhitespace { index += 1 }
      guard index < characters.count else { return nil }
      return characters[index] == "\"" ? quoted() : plain()
    }

    /// Skips a macro definition: everything up to the next empty line.
    mutating func skipMacro() {
      while index < characters.count {
        if characters[index].isNewline && index + 1 < characters.count
          && characters[index + 1].isNewline
        {
          return
        }
        index += 1
      }
    }

    private mutating func plain() -> String {
      let start = index
      while index < characters.count && !characters[index].isWhitespace { index += 1 }
      return String(characters[start..<index])
    }

    private mutating func quoted() -> String {
      var value = ""
      index += 1
      while index < characters.count && characters[index] != "\"" {
        if characters[index] == "\\" && index + 1 < characters.count { index += 1 }
        value.append(characters[index])
        index += 1
      }
      index += 1
      return value
    }
  }
}
