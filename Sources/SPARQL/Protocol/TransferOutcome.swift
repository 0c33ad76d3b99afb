import CCurl

/// How one transfer ended: an answer, a stop of the client's own, or a
/// failure libcurl reported.
enum TransferOutcome {
  case answer(HTTPAnswer)
  case stopped(TransferStop)
  /// libcurl's result code, the system error behind it (`ECONNREFUSED`, say),
  /// and whether a response head had arrived before the failure.
  case failed(CURLcode, systemError: Int32, hadResponse: Bool)
}
