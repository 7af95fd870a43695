/// The frame of every page: head (title, the stylesheet), the search form, the content.
enum PageLayout {
    /// A whole HTML document. `title` is plain text; `body` is HTML, already escaped.
    static func page(title: String, query: SearchParameters? = nil, body: String) -> String {
        let q = HTML.escape(query?.query ?? "")
        var hidden = ""
        if let query {
            // The active filters stay when the query is changed.
            let f = query.filters
            let kept: [(String, String?)] = [
                ("from", f.from), ("to", f.to), ("party", f.party), ("asker", f.asker), ("minister", f.minister),
                ("kind", f.kind?.rawValue), ("status", f.status?.rawValue), ("unanswered", f.unanswered ? "1" : nil),
                ("exact", query.exact ? "1" : nil), ("sort", query.sort == .relevance ? nil : query.sort.rawValue),
            ]
            for case let (name, value?) in kept {
                hidden += "<input type=\"hidden\" name=\"\(name)\" value=\"\(HTML.escape(value))\">"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <header class="top">
            <a class="home" href="/">kamervragen</a>
            <form class="search" method="get" action="/" role="search">
            <input type="search" name="q" value="\(q)" placeholder="gemeenten &quot;evidence based&quot; radicali* -corona" aria-label="Query" maxlength="\(SearchParameters.maxQueryLength)" autofocus>\(hidden)
            <button type="submit">Search</button>
            </form>
            </header>
            \(body)
            <footer class="bottom">Query language: words (all must match), <code>"a phrase"</code>, <code>prefix*</code>, <code>a OR b</code>, <code>-excluded</code>, <code>=exact</code>. JSON: <a href="/api/stats">/api/stats</a>, <code>/api/search?q=…</code>.</footer>
            </body>
            </html>

            """
    }
}
