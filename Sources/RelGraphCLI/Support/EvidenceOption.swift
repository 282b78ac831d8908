import ArgumentParser

/// `--evidence N|all`: how many evidence sentences a query prints per relation. Text shows them
/// under each relation (then "(+N more)"); JSON adds them to each edge only when asked.
struct EvidenceOption: ParsableArguments {
    @Option(name: .long, help: "Evidence sentences per relation: a number or all (text default: 2 for path, 1 for neighbors; JSON: none unless given).")
    var evidence: EvidenceCount?

    /// Sentences per relation in text output.
    func perRelation(default fallback: Int) -> Int { evidence?.limit ?? fallback }
}

/// A number of evidence sentences, or `all`.
struct EvidenceCount: ExpressibleByArgument {
    let limit: Int

    init?(argument: String) {
        if argument.lowercased() == "all" {
            limit = Int.max
        } else if let number = Int(argument), number >= 0 {
            limit = number
        } else {
            return nil
        }
    }
}
