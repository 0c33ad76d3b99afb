/// One load measured in a child process, printed by it as JSON.
struct LoadResult: Codable {
  let seconds: Double
  let peakMiB: Double
  let entities: Int
  let relations: Int
}
