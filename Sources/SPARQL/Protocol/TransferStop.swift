/// Why the client ended a transfer itself, before libcurl finished it.
enum TransferStop {
  case cancelled
  case timedOut
  case tooLarge
}
