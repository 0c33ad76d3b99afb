/// Whether libcurl will send a request through a proxy, read from the same
/// environment variables it reads. The connect probe is skipped then: the
/// connection that matters is the one to the proxy.
enum ProxySettings {
  static func usesProxy(scheme: String, environment: [String: String]) -> Bool {
    let names =
      scheme == "https"
      ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
      : ["http_proxy", "all_proxy", "ALL_PROXY"]
    return names.contains { !(environment[$0] ?? "").isEmpty }
  }
}
