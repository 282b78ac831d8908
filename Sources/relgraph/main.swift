import RelGraphCLI

// The commands live in RelGraphCLI; `serve` hands over to the `relgraph-serve` executable.
RelGraphCommand.main()
