import Foundation

/// The page's files, read once from the package resources and served by exact name only.
///
/// The URL path is compared with a fixed list; it never becomes a file path, so no request
/// (`/../../etc/passwd`, `/%2e%2e/`, `//etc/passwd`) can reach a file outside these three.
struct PageAssets: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var body: Data
    }

    private let assets: [String: Asset]

    /// URL path → resource file name and content type.
    private static let routes: [(path: String, file: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/style.css", "style.css", "text/css; charset=utf-8"),
    ]

    /// Loads the resources; throws when the package was installed without them.
    init() throws {
        var assets: [String: Asset] = [:]
        for route in Self.routes {
            guard let url = Bundle.module.url(forResource: route.file, withExtension: nil, subdirectory: "Resources"),
                  let body = FileManager.default.contents(atPath: url.path) else {
                throw ExplorerServerError.missingResource(route.file)
            }
            assets[route.path] = Asset(contentType: route.type, body: body)
        }
        self.assets = assets
    }

    func asset(at path: String) -> Asset? { assets[path] }
}
