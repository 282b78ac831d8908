import ArgumentParser

/// The command lines scripts repeat most (`--version`, `stats`, `extract`, `render` with plain
/// `--name value` options), read without ArgumentParser.
///
/// ArgumentParser builds its view of a command by reflection: a `Mirror` of every command and
/// option group, a dynamic cast per property wrapper type, and each first cast scans all of the
/// executable's protocol conformance records (thousands with the Swift runtime and Foundation
/// linked in). That was two thirds of `relgraph --version` and 40 % of `stats` (Benchmarks/startup).
///
/// Anything unusual goes to ArgumentParser as before: `--help`, `--name=value`, a value
/// starting with `-`, an option given twice, an unknown name, a value ArgumentParser would
/// refuse, a command whose `validate()` throws. So every error message and help text still
/// comes from ArgumentParser, and what is read here is what ArgumentParser would read: the
/// `PlainCommandLineTests` compare both readings of many command lines.
enum PlainCommandLine {
    /// What `arguments` (without the program name) ask for, or nil to let ArgumentParser parse them.
    static func command(for arguments: [String]) -> Reading? {
        if arguments == ["--version"], let version = RelGraphCommand.configuration.version.nonEmpty {
            return .version(version)
        }
        guard let verb = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        let command: (any ParsableCommand)?
        switch verb {
        case "stats": command = stats(rest)
        case "extract": command = extract(rest)
        case "render": command = render(rest)
        default: command = nil
        }
        return command.map(Reading.command)
    }

    enum Reading {
        /// `--version`: print this line.
        case version(String)
        case command(any ParsableCommand)
    }

    private static func stats(_ arguments: ArraySlice<String>) -> Stats? {
        guard var words = Words(arguments, options: graphInputNames + ["format", "output"], shortNames: ["o": "output"], flags: []),
              words.positionals.isEmpty else { return nil }
        var command = Stats()
        command.input = graphInput(&words)
        var destination = OutputOption()
        destination.output = words.take("output")
        command.destination = destination
        guard let format = words.take("format").map(ListingFormat.init(rawValue:)) ?? Stats.Default.format else { return nil }
        command.format = format
        return valid(command, groups: [command.input])
    }

    private static func extract(_ arguments: ArraySlice<String>) -> Extract? {
        let names = ["lang", "format", "output", "lexicon", "decider", "names", "models", "date"]
        guard var words = Words(arguments, options: names, shortNames: ["o": "output"], flags: [], repeatable: ["lexicon"]) else {
            return nil
        }
        var command = Extract()
        command.files = words.positionals
        command.lang = words.take("lang") ?? Extract.Default.lang
        command.format = words.take("format") ?? Extract.Default.format
        command.output = words.take("output")
        command.lexicon = words.takeAll("lexicon")
        command.decider = words.take("decider") ?? Extract.Default.decider
        command.names = words.take("names") ?? Extract.Default.names
        command.models = words.take("models")
        command.date = words.take("date")
        return valid(command, groups: [])
    }

    private static func render(_ arguments: ArraySlice<String>) -> Render? {
        let names = graphInputNames + ["output", "format", "engine", "focus", "depth", "title", "timeout"]
        guard var words = Words(arguments, options: names, shortNames: ["o": "output"], flags: ["cluster", "no-legend", "dates"]),
              words.positionals.isEmpty, let output = words.take("output") else { return nil }
        var command = Render()
        command.input = graphInput(&words)
        command.output = output
        command.format = words.take("format")
        command.engine = words.take("engine") ?? Render.Default.engine
        command.focus = words.take("focus")
        guard let depth = words.take("depth").map({ Int($0) }) ?? Render.Default.depth,
              let timeout = words.take("timeout").map({ Double($0) }) ?? Render.Default.timeout else { return nil }
        command.depth = depth
        command.timeout = timeout
        command.path = []
        command.cluster = words.flags.contains("cluster")
        command.noLegend = words.flags.contains("no-legend")
        command.dates = words.flags.contains("dates")
        command.title = words.take("title")
        return valid(command, groups: [command.input])
    }

    private static let graphInputNames = ["graph", "db", "since", "until"]

    private static func graphInput(_ words: inout Words) -> GraphInputOptions {
        var input = GraphInputOptions()
        input.graph = words.take("graph")
        input.db = words.take("db")
        input.since = words.take("since")
        input.until = words.take("until")
        return input
    }

    /// `command` when it and its option groups pass their `validate()`; nil lets ArgumentParser
    /// parse the line again and word the error.
    private static func valid<Command: ParsableCommand>(_ command: Command, groups: [any ParsableArguments]) -> Command? {
        var command = command
        do {
            for var group in groups { try group.validate() }
            try command.validate()
            return command
        } catch {
            return nil
        }
    }

    /// One verb's arguments split into `--name value` options, `--flag`s and positionals, or nil
    /// when any argument is not of those plain shapes.
    struct Words {
        private var values: [String: [String]] = [:]
        private(set) var flags: Set<String> = []
        private(set) var positionals: [String] = []

        init?(_ arguments: ArraySlice<String>, options: [String], shortNames: [String: String], flags flagNames: Set<String>,
              repeatable: Set<String> = []) {
            var index = arguments.startIndex
            while index < arguments.endIndex {
                let word = arguments[index]
                index += 1
                // "help" may be read as a request for help: ArgumentParser's business too.
                guard !word.isEmpty, word != "help" else { return nil }
                guard word.hasPrefix("-") else {
                    positionals.append(word)
                    continue
                }
                let name: String
                if word.hasPrefix("--") {
                    name = String(word.dropFirst(2))
                } else if let long = shortNames[String(word.dropFirst())] {
                    name = long
                } else {
                    return nil  // `-`, `-h`, bundled short flags: ArgumentParser's business
                }
                if flagNames.contains(name) {
                    guard flags.insert(name).inserted else { return nil }
                    continue
                }
                // `--name=value`, unknown names, a missing value, a value that looks like an option.
                guard options.contains(name), index < arguments.endIndex, !arguments[index].isEmpty, !arguments[index].hasPrefix("-") else { return nil }
                guard values[name] == nil || repeatable.contains(name) else { return nil }
                values[name, default: []].append(arguments[index])
                index += 1
            }
        }

        /// The value of a single-valued option, nil when it was not given.
        mutating func take(_ name: String) -> String? { values.removeValue(forKey: name)?.first }

        /// Every value of a repeatable option, in order.
        mutating func takeAll(_ name: String) -> [String] { values.removeValue(forKey: name) ?? [] }
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
