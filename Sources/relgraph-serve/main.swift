import RelGraphCLI
import RelGraphCore
import RelGraphPostgres

// `relgraph` replaces itself with this program and the same arguments for `serve` and for any
// command line naming a postgres:// database; here both run in process (every other verb works
// too, as in `relgraph`).
ServeHandover.server = ExplorerLaunch.run
CorpusDatabaseOption.openPostgres = { url, mode in
    do {
        return try PostgresCorpusStore(url: url, mode: mode)
    } catch let error as PostgresLocationError {
        throw RelGraphError.usage("--db: \(error.description)")
    }
}
RelGraphCommand.main()
