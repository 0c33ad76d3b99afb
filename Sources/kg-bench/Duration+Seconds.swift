extension Duration {
  /// The duration as fractional seconds, for rates and tables.
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
