/// An input handed to a reader on another core: the bytes stay valid and
/// unchanged until the main reader has waited for that reader.
struct SharedInputText: @unchecked Sendable {
  let input: InputText
}
