/// Placeholder until the protocol client lands; removed with it.
enum SPARQLPlaceholder {}
