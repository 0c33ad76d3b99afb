/// Just the `version` field of a state file, read before the rest so a file
/// from a newer kg is recognized even when its other fields have changed.
struct VersionProbe: Decodable {
  let version: Int
}
