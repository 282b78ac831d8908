import ArgumentParser
import RelGraphCore

/// Usage errors in one line: the argument parser's message is several lines (the error, a usage
/// summary, a hint); relgraph prints the error itself and where to read more, like its other errors.
enum UsageLine {
    /// `message` is the parser's error text (``ParsableCommand/message(for:)``); `verbs` the
    /// subcommand names typed, so the hint names the right help page.
    static func from(_ message: String, verbs: [String]) -> String {
        var first = message.split(separator: "\n").first.map(String.init) ?? message
        if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
        let command = (["relgraph"] + verbs).joined(separator: " ")
        return "relgraph: \(first) (see `\(command) --help`)"
    }

    /// The subcommand names at the start of `arguments`, as far as they name known verbs.
    static func verbs(in arguments: [String], root: any ParsableCommand.Type) -> [String] {
        var names: [String] = []
        var current: any ParsableCommand.Type = root
        for argument in arguments {
            let subcommands: [any ParsableCommand.Type] = current.configuration.subcommands
            guard let next = subcommands.first(where: { $0._commandName == argument }) else { break }
            names.append(argument)
            current = next
        }
        return names
    }
}

/// `relgraph help VERB…`: the parser prints the root help (exit 0) for a verb it does not know;
/// relgraph refuses it as the usage error it is.
enum HelpTopic {
    static func check(_ arguments: [String], root: any ParsableCommand.Type) throws {
        guard arguments.first == "help" else { return }
        let topics = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        let known = UsageLine.verbs(in: Array(topics), root: root)
        guard known.count < topics.count else { return }
        let unknown = topics[topics.startIndex + known.count]
        let parent = command(at: known, root: root)
        let choices = parent.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
        let place = known.isEmpty ? "no verb" : "`relgraph \(known.joined(separator: " "))` has no subcommand"
        throw RelGraphError.usage(choices.isEmpty ? "\(place) '\(unknown)'" : "\(place) '\(unknown)' (known: \(choices))")
    }

    private static func command(at path: [String], root: any ParsableCommand.Type) -> any ParsableCommand.Type {
        var current: any ParsableCommand.Type = root
        for name in path {
            let subcommands: [any ParsableCommand.Type] = current.configuration.subcommands
            if let next = subcommands.first(where: { $0._commandName == name }) { current = next }
        }
        return current
    }
}
