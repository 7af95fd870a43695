/// A page that says what went wrong, in one line.
enum ErrorPage {
    static func html(_ error: WebError) -> String {
        PageLayout.page(title: "\(error.status.rawValue) — kamervragen", body: """
            <main class="document"><p class="note error" id="error">\(HTML.escape(error.message))</p><p><a href="/">Search</a></p></main>
            """)
    }
}
