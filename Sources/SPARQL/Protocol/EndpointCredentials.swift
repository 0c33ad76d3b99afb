import Foundation

/// A user name and password for HTTP basic authentication.
///
/// They come from `~/.netrc` or the environment, never from the command line
/// (where `ps` and shell history would show them). Printing, dumping or
/// interpolating a value shows the user name only.
public struct EndpointCredentials: Sendable, Equatable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
{
  public let user: String
  public let password: String

  public init(user: String, password: String) {
    self.user = user
    self.password = password
  }

  public var description: String { "\(user) (password hidden)" }
  public var debugDescription: String { description }
  public var customMirror: Mirror { Mirror(self, children: ["user": user]) }
}
