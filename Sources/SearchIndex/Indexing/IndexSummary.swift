import Foundation

/// What an `index` run did.
public struct IndexSummary: Sendable {
    /// Supported files found under the roots.
    public var files = 0
    public var new = 0
    public var changed = 0
    /// Files whose size or mtime changed but whose content hash did not: only the mtime was updated.
    public var touched = 0
    public var unchanged = 0
    public var removed = 0
    /// Files that could not be read or parsed this run (the run is partial).
    public var failed = 0
    /// How many times the parser ran (unchanged files are never parsed).
    public var parsed = 0
    /// Pairs written this run.
    public var pairsWritten = 0
    public var seconds: Double = 0
    /// Each failed file or folder with its reason.
    public var failures: [WalkProblem] = []
    /// Things skipped but not failed (symbolic link loops, broken links).
    public var warnings: [WalkProblem] = []
    /// Set when the whole index was (re)built, with the reason (new index, `--rebuild`, analyser change).
    public var rebuildReason: String?
    /// The cases after the run (set when the run changed something; see ``CaseLinker``).
    public var cases: CaseCounts?

    public init() {}

    /// `indexed 1,204 files: 12 new, 3 changed, 1 removed, 2 failed, 0.8 s`
    public var line: String {
        "indexed \(IndexSummary.grouped(files)) files: \(IndexSummary.grouped(new)) new, "
            + "\(IndexSummary.grouped(changed)) changed, \(IndexSummary.grouped(removed)) removed, "
            + "\(IndexSummary.grouped(failed)) failed, \(String(format: "%.1f", seconds)) s"
    }

    /// `1204` → `1,204`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

/// Progress of a running `index`, reported after each file.
public struct IndexProgress: Sendable {
    public var done: Int
    public var total: Int
    public var elapsed: Double
}
