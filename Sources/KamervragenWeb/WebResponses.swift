import Hummingbird
import HTTPTypes

/// Responses with the headers every answer of the server carries: a Content-Security-Policy that
/// allows no script at all and styles and images from this origin only, no MIME sniffing, no referrer,
/// no framing.
enum WebResponses {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, status: status, type: "text/html; charset=utf-8")
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, status: status, type: "application/json")
    }

    static func make(_ text: String, status: HTTPResponse.Status, type: String, cache: String = "no-store") -> Response {
        bytes(ByteBuffer(string: text), status: status, type: type, cache: cache)
    }

    static func bytes(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok, type: String, cache: String = "no-store",
                      policy: String = contentSecurityPolicy) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentSecurityPolicy] = policy
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = cache
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
    }

    static func status(_ status: WebError.Status) -> HTTPResponse.Status {
        HTTPResponse.Status(code: status.rawValue)
    }
}
