/// One load measured in a child process, printed by it as JSON.
struct LoadResult: Codable {
  let seconds: Double
  /// User plus system CPU time: the JSON loader uses two cores, the others one.
  let cpuSeconds: Double
  let peakMiB: Double
  let entities: Int
  let relations: Int
}
