import RelGraphCLI

// `relgraph serve` replaces itself with this program and the same arguments; here the serve verb
// runs the explorer in process (every other verb works too, as in `relgraph`).
ServeHandover.server = ExplorerLaunch.run
RelGraphCommand.main()
