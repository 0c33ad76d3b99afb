import ArgumentParser
import Terminal

/// Lets `--color auto|always|never` parse straight into the backend's setting,
/// with the choices listed in `--help` and a clear error for anything else.
extension ColorMode: ExpressibleByArgument {}
