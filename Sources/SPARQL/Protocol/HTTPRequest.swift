/// One HTTP request as libcurl sends it: a form-encoded POST when it has a
/// body, a GET otherwise.
struct HTTPRequest {
  let url: String
  var headers: [(name: String, value: String)] = []
  var body: [UInt8]?
}
