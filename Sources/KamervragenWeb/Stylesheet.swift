/// The page's only stylesheet, served from the binary at `/style.css` (no inline style: the
/// Content-Security-Policy allows styles from this origin only).
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2430; --dim: #5b6472; --line: #d9dde3; --accent: #1f5fa8; --mark: #ffe58a; --bg: #fbfbfa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        code { font-size: 90%; }
        .top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: #fff; }
        .home { font-weight: 700; color: var(--ink); }
        .search { display: flex; flex: 1; gap: .4rem; max-width: 46rem; }
        .search input[type=search] { flex: 1; padding: .35rem .5rem; font: inherit; border: 1px solid #aab; border-radius: 4px; }
        .search button { padding: .35rem .9rem; font: inherit; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; }
        .layout { display: grid; grid-template-columns: 15rem 1fr; gap: 1.5rem; padding: 1rem; max-width: 72rem; }
        @media (max-width: 760px) { .layout { grid-template-columns: 1fr; } }
        .facets h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--dim); margin: 1rem 0 .3rem; }
        .facets ul { list-style: none; margin: 0; padding: 0; }
        .facets li { display: flex; justify-content: space-between; gap: .5rem; font-size: .9rem; }
        .facets .count { color: var(--dim); font-variant-numeric: tabular-nums; }
        .facets .bound { font-size: .8rem; color: var(--dim); }
        .active a { background: #e8eef7; border-radius: 3px; padding: 0 .3rem; }
        .summary { color: var(--dim); margin: 0 0 .5rem; }
        .note { background: #fff6d8; border: 1px solid #ecd98a; padding: .4rem .6rem; border-radius: 4px; margin: .4rem 0; }
        .error { background: #fde8e8; border-color: #e5a0a0; }
        .chart { margin: .3rem 0 1rem; }
        .chart svg { width: 100%; max-width: 40rem; height: auto; }
        .chart .bar { fill: #7fa6d6; }
        .chart a:hover .bar { fill: var(--accent); }
        .chart text { font-size: 10px; fill: var(--dim); }
        ol.hits { padding-left: 1.6rem; }
        .hit { margin-bottom: 1.1rem; }
        .hit h2 { font-size: 1.02rem; margin: 0 0 .15rem; }
        .hit .numbers { color: var(--dim); font-weight: normal; font-size: .9rem; }
        .meta, .case { color: var(--dim); font-size: .88rem; margin: 0; }
        .snippet { margin: .2rem 0 0; }
        .snippet b { color: var(--dim); font-weight: 600; margin-right: .3rem; }
        mark { background: var(--mark); color: inherit; padding: 0 1px; }
        .partial-rule { color: var(--dim); font-size: .85rem; list-style: none; margin: .5rem 0; }
        .paging { display: flex; gap: 1rem; }
        .document { max-width: 52rem; padding: 1rem; }
        .document dl { display: grid; grid-template-columns: 9rem 1fr; gap: .15rem .8rem; font-size: .92rem; }
        .document dt { color: var(--dim); }
        .document dd { margin: 0; }
        .pair { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: .8rem; }
        .pair h3, .pair h4 { margin: .3rem 0; font-size: .95rem; }
        .text { white-space: pre-line; }
        .footnotes { font-size: .88rem; }
        .similar { border-top: 1px solid var(--line); margin-top: 1.2rem; }
        .similar h2 { font-size: 1rem; }
        .similar li { margin-bottom: .6rem; }
        .similar .numbers { color: var(--dim); font-size: .9rem; }
        .bottom { color: var(--dim); font-size: .8rem; padding: 1rem; border-top: 1px solid var(--line); margin-top: 2rem; }
        """
}
