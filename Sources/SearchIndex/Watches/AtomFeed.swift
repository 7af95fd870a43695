import Foundation

/// One entry of a watch's feed, as stored with its event.
public struct FeedEntry: Codable, Sendable, Equatable {
    /// Stable: `urn:kamervragen:<watch>:<event>:<item>`.
    public var id: String
    public var title: String
    /// ISO 8601 UTC: when the watch first saw it.
    public var updated: String
    /// The official page when the document's identifier is known, else the file.
    public var link: String
    /// The snippets (plain text).
    public var content: String

    public init(id: String, title: String, updated: String, link: String, content: String) {
        self.id = id; self.title = title; self.updated = updated; self.link = link; self.content = content
    }
}

/// Atom 1.0 (RFC 4287) feeds of watch entries. Written to a temporary file and renamed over the old
/// feed, so that a half-written feed never replaces a good one.
public enum AtomFeed {
    /// The feed document.
    public static func render(title: String, id: String, updated: String, entries: [FeedEntry]) -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(escape(title))</title>
              <id>\(escape(id))</id>
              <updated>\(escape(updated))</updated>
              <author><name>kamervragen</name></author>
              <generator>kamervragen</generator>

            """
        for e in entries {
            out += """
                  <entry>
                    <title>\(escape(e.title))</title>
                    <id>\(escape(e.id))</id>
                    <updated>\(escape(e.updated))</updated>
                    <link rel="alternate" href="\(escape(e.link))"/>
                    <content type="text">\(escape(e.content))</content>
                  </entry>

                """
        }
        return out + "</feed>\n"
    }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename.
    public static func write(_ text: String, to path: String) throws {
        let temp = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw IndexError(.io, "cannot write \(path): the folder is not writable")
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw IndexError(.io, "cannot write \(path): \(reason)")
        }
    }

    /// XML text and attribute escaping (``MarkupEscaping``); characters XML 1.0 forbids are dropped.
    public static func escape(_ s: String) -> String { MarkupEscaping.escape(s) }
}
