/// DutchText: repairing text extracted from Kamervragen documents (Repair/) and analysing Dutch
/// words for search (Analysis/). Pure Swift, with our own Snowball Dutch stemmer; no SQLite.
public enum DutchText {
    /// Version of the repair rules. Bump it whenever repaired text can change: indexes record it.
    public static let repairVersion = 2
}
