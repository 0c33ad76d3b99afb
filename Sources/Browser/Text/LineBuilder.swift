/// Greedy line filling for `TextWrapper`: words move to the next line when
/// they do not fit, spaces at a wrap point are dropped, and words wider than
/// the line are broken between glyphs.
struct LineBuilder {
  let width: Int
  private var lines: [[Glyph]] = []
  private var line: [Glyph] = []
  private var used = 0
  private var pendingSpace: [Glyph] = []

  init(width: Int) {
    self.width = width
  }

  mutating func add(_ tokens: [[Glyph]]) {
    for token in tokens {
      if token.first?.text == " " {
        addSpace(token)
      } else {
        addWord(token)
      }
    }
  }

  /// The lines so far, plus the unfinished one; an empty paragraph gives one empty line.
  mutating func finish() -> [[Glyph]] {
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  private mutating func addSpace(_ token: [Glyph]) {
    if lines.isEmpty, line.isEmpty {
      append(Array(token.prefix(width)))
    } else if !line.isEmpty {
      pendingSpace = token
    }
  }

  private mutating func addWord(_ word: [Glyph]) {
    let wordWidth = word.reduce(0) { $0 + $1.width }
    if used + pendingSpace.count + wordWidth <= width {
      append(pendingSpace + word)
    } else if wordWidth <= width {
      breakLine()
      append(word)
    } else {
      breakWord(word)
    }
    pendingSpace = []
  }

  private mutating func breakWord(_ word: [Glyph]) {
    if used + pendingSpace.count < width { append(pendingSpace) } else { breakLine() }
    for glyph in word {
      if used + glyph.width > width, !line.isEmpty { breakLine() }
      append([glyph])
    }
  }

  private mutating func append(_ glyphs: [Glyph]) {
    line.append(contentsOf: glyphs)
    used += glyphs.reduce(0) { $0 + $1.width }
  }

  private mutating func breakLine() {
    lines.append(line)
    line = []
    used = 0
  }
}
