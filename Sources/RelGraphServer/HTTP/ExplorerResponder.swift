import Foundation
import HTTPTypes
import Hummingbird

/// Answers every request: the request checks (method, size), then the page's files or the API.
///
/// Checks, in order: only GET and HEAD (405 with `Allow`), a request target of at most
/// ``maximumTargetLength`` bytes (414), no request body (413), then an exact route match (404
/// otherwise: no path is ever mapped onto the file system). Every answer carries
/// `X-Content-Type-Options: nosniff`; the page a Content-Security-Policy that allows only its
/// own script and styles, so even a label that slipped through as markup could not run.
struct ExplorerResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: ExplorerAPI
    let assets: PageAssets

    static let maximumTargetLength = 8_192

    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = await answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            var response = Self.error(APIError(status: .methodNotAllowed, message: "only GET is supported; the explorer is read-only"))
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        guard request.uri.string.utf8.count <= Self.maximumTargetLength else {
            return Self.error(APIError(status: .uriTooLong, message: "the request target is longer than \(Self.maximumTargetLength) bytes"))
        }
        if request.headers[.transferEncoding] != nil
            || (request.headers[.contentLength].map { $0 != "0" } ?? false) {
            return Self.error(APIError(status: .contentTooLarge, message: "requests to the explorer carry no body"))
        }
        let path = request.uri.path
        if let asset = assets.asset(at: path) {
            var headers = Self.commonHeaders(contentType: asset.contentType)
            if path == "/" { headers[.contentSecurityPolicy] = Self.contentSecurityPolicy }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.body)))
        }
        do {
            let query = try QueryParameters(rawQuery: request.uri.query)
            let body: Data
            var contentType = "application/json; charset=utf-8"
            switch path {
            case "/api/actors": body = try api.actors(query)
            case "/api/actor": body = try api.actor(query)
            case "/api/neighbors": body = try api.neighbors(query)
            case "/api/path": body = try api.path(query)
            case "/api/evidence": body = try api.evidence(query)
            case "/api/documents": body = api.documents()
            case "/api/document": body = try api.document(query)
            case "/api/corpus": body = api.corpusSummary()
            case "/api/svg/neighbors":
                body = try await api.svgNeighbors(query)
                contentType = "image/svg+xml"
            case "/api/svg/path":
                body = try await api.svgPath(query)
                contentType = "image/svg+xml"
            default: throw APIError.notFound("no such page or API endpoint: \(path.prefix(200))")
            }
            return Response(status: .ok, headers: Self.commonHeaders(contentType: contentType),
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        } catch let error as APIError {
            return Self.error(error)
        } catch {
            return Self.error(APIError(status: .internalServerError, message: "\(error)"))
        }
    }

    static func commonHeaders(contentType: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return headers
    }

    static func error(_ error: APIError) -> Response {
        let body = ExplorerAPI.json(["error": error.message])
        return Response(status: error.status, headers: commonHeaders(contentType: "application/json; charset=utf-8"),
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
