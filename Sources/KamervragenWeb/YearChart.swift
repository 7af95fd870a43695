import Foundation
import SearchIndex

/// The number of matching pairs per year as an SVG bar chart, drawn on the server. Each bar is a link
/// that narrows the search to its year; years without matches between the first and the last get an
/// empty slot, so that gaps show.
enum YearChart {
    static let width = 600
    static let height = 130
    private static let top = 8, bottom = 18, side = 18

    /// The `<svg>` element, or "" when no match has a year.
    static func svg(_ years: [FacetCounts.Value], link: (String) -> String) -> String {
        let counts = Dictionary(years.compactMap { v in Int(v.filter).map { ($0, v.pairs) } }, uniquingKeysWith: +)
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return "" }
        let span = last - first + 1
        let most = max(1, counts.values.max() ?? 1)
        let slot = Double(width - 2 * side) / Double(max(span, 1))
        let barWidth = min(48.0, max(1.0, slot * 0.8))
        let plot = Double(height - top - bottom)
        // Label every year when they fit, else every 5th or 10th.
        let every = slot >= 28 ? 1 : slot >= 7 ? 5 : 10
        var out = """
            <svg class="years" viewBox="0 0 \(width) \(height)" role="img" aria-label="Matching pairs per year" xmlns="http://www.w3.org/2000/svg">
            """
        for year in first...last {
            let x = Double(side) + Double(year - first) * slot + (slot - barWidth) / 2
            if let n = counts[year] {
                let h = max(1.0, plot * Double(n) / Double(most))
                let y = Double(top) + plot - h
                out += """
                    <a href="\(HTML.escape(link(String(year))))"><rect class="bar" x="\(f(x))" y="\(f(y))" width="\(f(barWidth))" height="\(f(h))"><title>\(year): \(HTML.escape(HTML.plural(n, "pair")))</title></rect></a>
                    """
            }
            if year == first || year == last || (year % every == 0 && span > 1) {
                out += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(height - 4)\" text-anchor=\"middle\">\(year)</text>"
            }
        }
        out += "<text x=\"2\" y=\"\(top + 8)\">\(HTML.count(most))</text></svg>"
        return out
    }

    private static func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
