/// An error of the index or the search, with a one-line message meant for the user.
public struct IndexError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No index file at the given path.
        case missingIndex
        /// The index was built by another schema or analyser; `kamervragen index --rebuild` fixes it.
        case incompatibleIndex
        /// The query could not be understood.
        case badQuery
        /// Another indexer holds the lock.
        case locked
        /// Bad input given by the caller (a folder that does not exist, a bad date).
        case invalidInput
        /// SQLite or the file system failed.
        case io
    }
    public var kind: Kind
    public var message: String
    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
    public var description: String { message }
}
