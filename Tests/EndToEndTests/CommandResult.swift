/// What a helper program printed and how it exited.
struct CommandResult {
  let status: Int32
  let output: String
  let error: String
}
