import ArgumentParser
import SPARQL

extension TextIndex: ExpressibleByArgument {}
