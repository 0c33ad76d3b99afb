/// Turns a `:` command line into a `BrowserCommand`, or says in one line
/// what is wrong with it. Command names may be shortened to any unambiguous
/// prefix (`:o pku`).
enum CommandParser {
  static let maximumDepth = 6

  static func parse(_ text: String) -> Result<BrowserCommand, CommandError> {
    let words = CommandWords.split(text)
    guard let first = words.first else { return .failure(CommandError("no command")) }
    let arguments = Array(words.dropFirst())
    let matches = BrowserCommand.names.filter { $0.hasPrefix(first.lowercased()) }
    guard let name = matches.count == 1 ? matches[0] : matches.first(where: { $0 == first })
    else {
      let known = BrowserCommand.names.joined(separator: ", ")
      let problem = matches.isEmpty ? "unknown command" : "ambiguous command"
      return .failure(CommandError("\(problem) \"\(first)\"; commands: \(known)"))
    }
    return Result { () throws(CommandError) in try command(name, arguments: arguments) }
  }

  private static func command(_ name: String, arguments: [String]) throws(CommandError)
    -> BrowserCommand
  {
    switch name {
    case "open":
      guard !arguments.isEmpty else { throw CommandError("usage: open ID-or-name") }
      return .open(arguments.joined(separator: " "))
    case "path":
      guard (1...2).contains(arguments.count) else { throw CommandError("usage: path [FROM] TO") }
      return .path(from: arguments.count == 2 ? arguments[0] : nil, to: arguments.last!)
    case "filter": return .filter(arguments)
    case "export": return try export(arguments)
    case "set": return try setting(arguments)
    default:
      guard arguments.isEmpty else { throw CommandError("\(name) takes no arguments") }
      return name == "bookmark" ? .bookmark : name == "home" ? .home : .help
    }
  }

  private static func export(_ arguments: [String]) throws(CommandError) -> BrowserCommand {
    var rest = arguments
    var depth = 1
    if let flag = rest.firstIndex(of: "--depth") {
      guard flag + 1 < rest.count, let value = Int(rest[flag + 1]),
        (0...maximumDepth).contains(value)
      else { throw CommandError("--depth takes a number from 0 to \(maximumDepth)") }
      depth = value
      rest.removeSubrange(flag...flag + 1)
    }
    guard rest.count == 2 else {
      throw CommandError("usage: export dot|graphml|json|nt|ttl FILE --depth N")
    }
    let name = rest[0].lowercased()
    guard let format = ExportFileFormat(rawValue: name) else {
      let known = ExportFileFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw CommandError("unknown format \"\(rest[0])\"; formats: \(known)")
    }
    return .export(format, path: rest[1], depth: depth)
  }

  private static func setting(_ arguments: [String]) throws(CommandError) -> BrowserCommand {
    guard arguments.count == 2, arguments[0] == "lang" else {
      throw CommandError("usage: set lang zh,en")
    }
    let languages = arguments[1].split(separator: ",").map {
      String($0.filter { !$0.isWhitespace })
    }
    .filter { !$0.isEmpty }
    guard !languages.isEmpty, languages.allSatisfy({ $0.count <= 16 }) else {
      throw CommandError("usage: set lang zh,en")
    }
    return .setLanguages(languages)
  }
}
