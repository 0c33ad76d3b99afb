import ArgumentParser
import GraphFormats

/// Lets `--format json|nt|nq|ttl` parse straight into a format, with the
/// choices listed in `--help`.
extension GraphFormat: ExpressibleByArgument {}
