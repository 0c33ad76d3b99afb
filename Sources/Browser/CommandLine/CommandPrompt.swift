/// The `:` command line at the bottom of the screen while it is open.
struct CommandPrompt: Hashable, Sendable {
  static let maximumLength = 512

  var text = ""
  /// What the last Tab offered, shown above the line when there are several.
  var candidates: [String] = []
  /// Repeated Tabs step through `candidates`; this is the one shown.
  var candidateIndex: Int?
  /// The text before the word being completed, while Tab cycles.
  var completionPrefix = ""
  /// The command history entry shown, counted back from the newest, while `↑` `↓` recall.
  var recall: Int?
  /// What was typed before recalling, restored by `↓` past the newest entry.
  var draft = ""
  /// Tags file completion requests, so an answer for older text is dropped.
  var generation = 0
}
