import GRDB

public extension Configuration {
    /// Registers ``DutchTokenizer`` on every connection this configuration opens.
    mutating func registerDutchTokenizer() {
        prepareDatabase { db in DutchTokenizer.register(in: db) }
    }
}
