import Foundation
import GRDB
import Kamervragen

/// Runs watches over an index: what is new since each last ran (``WatchEvent``), with the hits to show.
///
/// A search watch looks at the pairs of the files indexed since its last run (after a rebuild: all of
/// them) that hold its whole query, and compares each pair's content key (``PairContentKey``) with what
/// it has seen: a key not seen before is **new**; a question seen without an answer that now has one is
/// **answered**; a question whose set got a notice of delay is **delayed**. Keys do not depend on row
/// ids or file names, so a rebuild or a renamed file reports nothing.
public final class WatchRunner {
    private let searcher: Searcher
    private let cases: CaseStore
    private let store: WatchStore

    /// At most this many matching pairs are looked at per watch and run (newest first).
    public static let matchLimit = 20_000

    public init(indexPath: String, store: WatchStore) throws {
        searcher = try Searcher(databasePath: indexPath)
        cases = try CaseStore(databasePath: indexPath)
        self.store = store
    }

    /// What a run found for one watch.
    public struct Report: Sendable {
        public var watch: Watch
        public var events: [WatchEvent]
        /// The hits of the events' pairs.
        public var hits: [Int64: SearchHit]
        /// Feed entries of the events, in order.
        public var entries: [FeedEntry]
    }

    /// What the watch sees now, to be taken as seen when it is added. Throws ``IndexError`` when a search
    /// watch's query cannot be searched (the message is the one `search` gives).
    public func baseline(_ target: Watch.Target) throws -> [WatchStore.SeenItem] {
        switch target {
        case .search(let query, let exact, let filters):
            var request = SearchRequest(query: query)
            request.exact = exact
            request.filters = filters
            return Self.items(try searcher.matches(request, limit: Self.matchLimit * 5))
        case .followCase(let key):
            guard let info = try cases.caseInfo(key: key) else {
                throw IndexError(.invalidInput, "no question set \(key) in the index")
            }
            return [WatchStore.SeenItem(item: "case:" + key, answered: info.status == .answered, status: info.status.rawValue,
                                        caseKey: key)]
        }
    }

    /// Runs `watch`: its events since the last run; with `commit`, records them (the watch moves on).
    public func run(_ watch: Watch, now: String, commit: Bool) throws -> Report {
        var events: [WatchEvent] = []
        var items: [WatchStore.SeenItem] = []
        var request = watch.request ?? SearchRequest(query: "")
        switch watch.target {
        case .search:
            request.filters.indexedSince = watch.lastRun
            // In the same index as last time, only pairs added since can be new (ids only grow); after
            // a rebuild, the files' first-indexed times (kept by the rebuild) tell.
            let here = try searcher.position()
            let stopped = try store.position(watch.name)
            let after = stopped.flatMap { $0.index == here.index ? $0.lastPair : nil }
            let matches = try searcher.matches(request, limit: Self.matchLimit, afterPairId: after)
            let seen = try store.seen(watch.name, items: matches.map(\.contentKey))
            var seenCases: [String: Bool] = [:]
            func knownSet(_ key: String?) throws -> Bool {
                guard let key else { return false }
                if let known = seenCases[key] { return known }
                let known = try store.hasSeen(watch.name, caseKey: key)
                seenCases[key] = known
                return known
            }
            var reported = Set<String>()
            for m in matches {
                let before = seen[m.contentKey]
                var kind: WatchEvent.Kind?
                if let before {
                    if !before.answered && m.answered {
                        kind = .answered
                    } else if before.status != CaseStatus.delayed.rawValue, m.caseStatus == .delayed, !m.answered {
                        kind = .delayed
                    }
                } else {
                    let knownSet = try knownSet(m.caseKey)
                    kind = knownSet && m.caseStatus == .delayed && !m.answered ? .delayed : .new
                }
                if let kind, reported.insert(m.contentKey).inserted {
                    events.append(WatchEvent(watch: watch.name, kind: kind, pairId: m.pairId, item: m.contentKey, time: now))
                }
                items.append(WatchStore.SeenItem(item: m.contentKey, answered: (before?.answered ?? false) || m.answered,
                                                 status: m.caseStatus?.rawValue, caseKey: m.caseKey))
            }
        case .followCase(let key):
            let item = "case:" + key
            let seen = try store.seen(watch.name, items: [item])
            if let info = try cases.caseInfo(key: key) {
                let before = seen[item]
                if before?.status != info.status.rawValue, info.status != .open {
                    let pair = try cases.firstPair(ofDocument: info.documents.last?.documentId)
                    events.append(WatchEvent(watch: watch.name, kind: info.status == .answered ? .answered : .delayed,
                                             pairId: pair, item: item + ":" + info.status.rawValue, time: now))
                }
                items.append(WatchStore.SeenItem(item: item, answered: info.status == .answered, status: info.status.rawValue,
                                                 caseKey: key))
            }
        }
        let ids = events.compactMap(\.pairId)
        var hits: [Int64: SearchHit] = [:]
        for hit in try searcher.hits(ids: ids, for: watch.request) {
            hits[hit.pairId] = hit
        }
        let entries = events.map { Self.entry($0, hits: hits) }
        if commit {
            try store.commit(watch: watch.name, seen: items, events: Array(zip(events, entries)), time: now)
            let here = try searcher.position()
            try store.setPosition(watch.name, index: here.index, lastPair: here.lastPair)
        }
        return Report(watch: watch, events: events, hits: hits, entries: entries)
    }

    private static func items(_ matches: [Searcher.Match]) -> [WatchStore.SeenItem] {
        var byKey: [String: WatchStore.SeenItem] = [:]
        for m in matches {
            let answered = (byKey[m.contentKey]?.answered ?? false) || m.answered
            byKey[m.contentKey] = WatchStore.SeenItem(item: m.contentKey, answered: answered, status: m.caseStatus?.rawValue,
                                                      caseKey: m.caseKey)
        }
        return Array(byKey.values)
    }

    /// The feed entry of an event.
    static func entry(_ event: WatchEvent, hits: [Int64: SearchHit]) -> FeedEntry {
        let hit = event.pairId.flatMap { hits[$0] }
        let label: String = switch event.kind {
        case .new: "new"
        case .answered: "answered"
        case .delayed: "delayed"
        }
        var title = "[\(label)] " + (hit?.title ?? "(no subject)")
        if let numbers = hit?.numbers, !numbers.isEmpty { title += " [question " + numbers.map(String.init).joined(separator: ", ") + "]" }
        let link = hit.map { "file://" + ($0.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0.file) }
            ?? "about:blank"
        var content = ""
        if let hit {
            content = "Q: " + hit.questionSnippet.plain
            if !hit.answerSnippet.plain.isEmpty { content += "\nA: " + hit.answerSnippet.plain }
        }
        return FeedEntry(id: "urn:kamervragen:\(event.watch):\(label):\(event.item)", title: title, updated: event.time,
                         link: link, content: content)
    }
}
