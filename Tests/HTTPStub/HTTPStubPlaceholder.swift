/// Placeholder until the stub server lands; removed with it.
enum HTTPStubPlaceholder {}
