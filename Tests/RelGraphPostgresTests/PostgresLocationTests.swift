import RelGraphPostgres
import Testing

/// `--db postgres://…` parsing, completed by PG* variables; no server needed.
@Suite struct PostgresLocationTests {
    @Test func aFullURL() throws {
        let location = try PostgresLocation("postgres://ana:s%40cret@db.example:6543/news?sslmode=require", environment: [:])
        #expect(location.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(location.user == "ana" && location.password == "s@cret" && location.database == "news")
        #expect(location.tls == .require)
        #expect(location.displayName == "postgres://ana@db.example:6543/news")
    }

    @Test func missingPartsComeFromTheEnvironmentThenDefaults() throws {
        let environment = ["PGHOST": "/run/pg", "PGPORT": "5999", "PGUSER": "worker", "PGPASSWORD": "pw", "PGDATABASE": "corpus"]
        let location = try PostgresLocation("postgres:", environment: environment)
        #expect(location.endpoint == .unixSocket(folder: "/run/pg", port: 5999))
        #expect(location.user == "worker" && location.password == "pw" && location.database == "corpus")
        #expect(!location.displayName.contains("pw"))
        // The URL wins over the environment; the database defaults to the user's name.
        let explicit = try PostgresLocation("postgresql://other@10.0.0.5", environment: ["PGHOST": "/run/pg", "USER": "me"])
        #expect(explicit.endpoint == .tcp(host: "10.0.0.5", port: 5432))
        #expect(explicit.database == "other" && explicit.tls == .prefer)
    }

    @Test func unixSocketsAndIPv6() throws {
        let socket = try PostgresLocation("postgres://postgres@localhost:54329/db?host=/tmp/relgraph-pg-0", environment: [:])
        #expect(socket.endpoint == .unixSocket(folder: "/tmp/relgraph-pg-0", port: 54329))
        let encoded = try PostgresLocation("postgres://postgres@%2Fvar%2Frun%2Fpostgresql/db", environment: [:])
        #expect(encoded.endpoint == .unixSocket(folder: "/var/run/postgresql", port: 5432))
        let six = try PostgresLocation("postgres://u@[::1]:5433/db", environment: [:])
        #expect(six.endpoint == .tcp(host: "::1", port: 5433))
        #expect(six.displayName == "postgres://u@[::1]:5433/db")
    }

    @Test(arguments: [
        ("postgres://u@h:0/db", "port"), ("postgres://u@h:99999/db", "port"), ("postgres://u@h:abc/db", "port"),
        ("postgres://u@h/db?sslmode=maybe", "sslmode"), ("postgres://u@h/db?colour=red", "unknown URL parameter"),
        ("postgres://u@h/a/b", "'/'"), ("postgres://u@[::1/db", "'['"), ("postgres:/u@h/db", "postgres://"),
    ])
    func badURLsAreRefusedInOneLine(url: String, mentions: String) {
        #expect {
            _ = try PostgresLocation(url, environment: [:])
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("bad PostgreSQL URL: ") && text.contains(mentions) && !text.contains("\n")
        }
    }

    @Test func thePasswordIsNeverInAMessage() {
        #expect {
            _ = try PostgresLocation("postgres://u:topsecret@h:70000/db", environment: [:])
        } throws: { error in !"\(error)".contains("topsecret") }
    }
}
