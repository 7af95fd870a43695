import Foundation
import Kamervragen

/// Answer times of answered question sets, per group (`kamervragen stats --answer-time`).
public enum AnswerTimes {
    /// How sets are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        /// The year the questions were submitted.
        case year
        /// Each asker's party (a set asked by two parties counts for both).
        case party
        /// The answering ministry (department), else the answering member of government.
        case minister
    }

    /// The figures of one group.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var sets: Int
        public var median: Double
        public var p90: Double
        /// Share answered within three weeks (0…1).
        public var withinTerm: Double
    }

    /// The groups of `entries` (answered sets), largest first, then by name.
    public static func groups(_ entries: [CaseStore.Entry], by grouping: Grouping) -> [Group] {
        var days: [String: [Int]] = [:]
        for e in entries {
            guard let d = e.info.daysToAnswer else { continue }
            for name in names(e, grouping) { days[name, default: []].append(d) }
        }
        return days.map { name, values in
            let sorted = values.sorted()
            return Group(name: name, sets: sorted.count, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9),
                         withinTerm: Double(sorted.filter { $0 <= CaseInfo.answerDays }.count) / Double(sorted.count))
        }.sorted { grouping == .year ? $0.name < $1.name : ($0.sets, $1.name) > ($1.sets, $0.name) }
    }

    private static func names(_ e: CaseStore.Entry, _ grouping: Grouping) -> [String] {
        switch grouping {
        case .year:
            return [e.info.submitted.map { String($0.prefix(4)) } ?? "unknown"]
        case .party:
            let parties = Set(e.askers.compactMap(\.party).map { SearchKeys.party($0) }.filter { !$0.isEmpty })
            let shown = parties.map { key in e.askers.compactMap(\.party).first { SearchKeys.party($0) == key } ?? key }
            return shown.isEmpty ? ["(no party)"] : shown.sorted()
        case .minister:
            guard let a = e.answerers.first else { return ["(unknown)"] }
            return [a.department ?? [a.role, a.name].compactMap { $0 }.joined(separator: " ")]
        }
    }

    /// The `q` quantile of sorted values, interpolated between ranks (q = 0.5: the median).
    static func percentile(_ sorted: [Int], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
        return Double(sorted[low]) + (Double(sorted[high] - sorted[low])) * (position - Double(low))
    }
}
