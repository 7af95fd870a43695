import DutchText
import Foundation
import GRDB

/// Which ``CompoundFrequencies`` the ``DutchTokenizer`` of a connection splits compounds with, looked up
/// on the first word it splits: those attached to the connection (the indexer, which has them at hand;
/// tools that analyse text outside an index, `kamervragen analyze`), else those stored in the
/// connection's index (``WordFrequencyTable``: FTS5's integrity check), else
/// ``CompoundFrequencies/general``. Readers never split (queries are not split), so they never
/// load them.
///
/// Keyed by the SQLite connection handle; ``detach(from:)`` when done, since a later connection may get
/// the same address.
public enum ConnectionFrequencies {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var attached: [Int: CompoundLexicon] = [:]

    /// Makes `db`'s tokenizers split with `lexicon`'s frequencies (before the first split).
    public static func attach(_ lexicon: CompoundLexicon, to db: Database) {
        lock.lock(); defer { lock.unlock() }
        attached[key(db)] = lexicon
    }

    /// Forgets `db`'s attached frequencies.
    public static func detach(from db: Database) {
        lock.lock(); defer { lock.unlock() }
        attached[key(db)] = nil
    }

    /// The splitter lexicon for the connection with handle `key` (see ``key(_:)``).
    static func lexicon(forKey key: Int) -> CompoundLexicon {
        lock.lock()
        let found = attached[key]
        lock.unlock()
        if let found { return found }
        return WordFrequencyTable.read(connection: OpaquePointer(bitPattern: key)) ?? CompoundLexicon.general
    }

    static func key(_ db: Database) -> Int { Int(bitPattern: db.sqliteConnection) }
}
