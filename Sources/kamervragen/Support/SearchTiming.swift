import Foundation
import SearchIndex

/// In-process timing of repeated searches, for `scripts/bench` (hidden `search --repeat N --timing`,
/// and the same for `similar`).
struct SearchTiming<Value> {
    /// The last run's result.
    let result: Value
    /// Wall-clock time of each measured run, in milliseconds.
    let times: [Double]

    /// Runs `search` once to warm up (caches, lazily loaded word lists), then `runs` times, timing each.
    static func measure(runs: Int, _ search: () throws -> Value) throws -> SearchTiming {
        var result = try search()
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            result = try search()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return SearchTiming(result: result, times: times)
    }

    /// The `p`-th percentile (nearest rank) of the times.
    func percentile(_ p: Double) -> Double {
        let sorted = times.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// One JSON line: `{"timing":{"runs":N,"p50_ms":…,"p95_ms":…,"times_ms":[…]}}`.
    var json: String {
        let object: [String: Any] = ["timing": [
            "runs": times.count, "p50_ms": percentile(50), "p95_ms": percentile(95), "times_ms": times,
        ]]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
