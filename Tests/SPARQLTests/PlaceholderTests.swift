import Testing

@Test func placeholderUntilTheClientLands() {}
