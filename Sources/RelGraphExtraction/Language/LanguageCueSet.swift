import Foundation
import RelGraphCore
import RelGraphKnowledge

/// The cues of every language, built from lexicon tables named `triggers`.
///
/// Every row is checked when the set is made (an unknown language, kind, relation or roles, a
/// form that can never match: one line naming its file and line), but a language's cues are
/// folded and indexed the first time a document in that language asks for them: a process
/// reading English text never builds the other three languages' (three quarters of the cue
/// start-up, a fifth of a one-sentence `extract`, Benchmarks/startup). Stop words, which
/// language detection reads for every language, are built at once.
public struct LanguageCueSet: Sendable {
    private let store: CueStore

    /// Every language's cues (building those no document has asked for yet).
    public var byLanguage: [Language: LanguageCues] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, store.cues(for: $0)) })
    }

    public subscript(language: Language) -> LanguageCues { store.cues(for: language) }

    /// The stop words of `language`, without building the rest of its cues.
    func stopWords(of language: Language) -> Set<String> { store.stopWords[language.position] }

    /// The lowercase letters only `language` writes of the four (`letter` rows), without
    /// building the rest of its cues.
    func particularLetters(of language: Language) -> Set<Unicode.Scalar> { store.particularLetters[language.position] }

    /// Reads rows `lang kind value forms roles`; unknown kinds or relation names are errors.
    public init(tables: [LexiconTable]) throws {
        var rows = [[CueRow]](repeating: [], count: Language.allCases.count)
        var checker = CueFormChecker()
        for table in tables {
            for (rowIndex, fields) in table.rows.enumerated() {
                let row = try CueRow(fields, of: table)
                if let (form, problem) = checker.firstProblem(in: row) {
                    throw RelGraphError.badInput("\(table.location(ofRow: rowIndex)): form '\(form)' \(problem); it would never match")
                }
                rows[row.language.position].append(row)
            }
        }
        store = CueStore(rows: rows)
    }
}

/// One row of a `triggers` table, checked: its language, kind and the values its kind needs.
struct CueRow: Sendable {
    let language: Language
    let kind: String
    let value: String
    let forms: [String]
    /// For `trigger` rows.
    let relation: RelationType?
    let roles: ArgumentRoles?
    /// For `pair` rows.
    let pairType: ActorType?

    /// Kinds whose forms are folded into a word set, not read as phrases.
    static let wordKinds: Set<String> = [
        "stopword", "abbreviation", "coordination", "passive", "agent", "place", "place-noun", "dative", "comitative",
        "adversative", "containment", "clause-break", "time", "pronoun", "determiner", "of", "name-particle",
        "organization-head", "agreement-compound", "agreement-document", "agreement-topic", "compass-prefix", "travel", "travel-preposition", "definite", "topic", "topic-verb",
        "encircling", "relationship-noun", "presence", "venue", "strain",
    ]
    /// Kinds whose forms are kept as written, lowercased but not folded: their accents are what
    /// they tell ("ó" is Spanish, "accusée" a participle where "accuse" is not).
    static let writtenKinds: Set<String> = ["letter", "participle-ending"]
    /// Kinds whose forms are phrases (``CuePhrase``), which must have a word.
    static let phraseKinds: Set<String> = ["negation", "speculation", "pair", "agreement", "counterpart", "trigger", "credit", "byline", "see-also"]

    init(_ row: [String], of table: LexiconTable) throws {
        let source = table.source
        guard let language = Language(rawValue: table.value("lang", in: row)) else {
            throw RelGraphError.badInput("\(source): unknown language '\(table.value("lang", in: row))' in triggers table")
        }
        self.language = language
        kind = table.value("kind", in: row)
        value = table.value("value", in: row)
        // Split on UTF-8 bytes: `|` is one byte, and finding it needs no grapheme breaking.
        forms = FormCell.forms(table.value("forms", in: row))
        var relation: RelationType?, roles: ArgumentRoles?, pairType: ActorType?
        switch kind {
        case "pair":
            guard let type = ActorType(rawValue: value) else {
                throw RelGraphError.badInput("\(source): pair reference needs an actor type, not '\(value)'")
            }
            pairType = type
        case "trigger":
            guard let type = RelationType(rawValue: value) else {
                throw RelGraphError.badInput("\(source): unknown relation '\(value)' in triggers table")
            }
            let rolesText = table.value("roles", in: row)
            guard let read = ArgumentRoles(rawValue: rolesText.isEmpty ? "subject-object" : rolesText) else {
                throw RelGraphError.badInput("\(source): unknown roles '\(rolesText)' in triggers table")
            }
            relation = type
            roles = read
        case "word-order", "capitalisation": break
        case "contraction":
            guard !value.isEmpty, value != "-" else {
                throw RelGraphError.badInput("\(source): a contraction row needs the article it contains as its value")
            }
        default:
            guard Self.wordKinds.contains(kind) || Self.phraseKinds.contains(kind) || Self.writtenKinds.contains(kind) else {
                throw RelGraphError.badInput("\(source): unknown kind '\(kind)' in triggers table")
            }
        }
        self.relation = relation
        self.roles = roles
        self.pairType = pairType
    }
}

/// Finds a phrase form that can never match (issue #15) without folding every form: most carry
/// an ASCII letter or digit, which folding keeps, so they have a word, and a prefix trigger that
/// starts with three of them is long enough. The others are folded and checked as ``CuePhrase``.
struct CueFormChecker {
    private var folder = NameFolder()

    /// The first form of `row` that can never match, with why.
    mutating func firstProblem(in row: CueRow) -> (form: String, problem: String)? {
        guard CueRow.phraseKinds.contains(row.kind) else { return nil }
        let asTrigger = row.kind == "trigger"
        for form in row.forms where !Self.certainlyUsable(form, asTrigger: asTrigger) {
            let phrase = CuePhrase(form, folder: &folder)
            if let problem = phrase.problem ?? (asTrigger ? phrase.problemAsTrigger : nil) { return (form, problem) }
        }
        return nil
    }

    private static func certainlyUsable(_ form: String, asTrigger: Bool) -> Bool {
        func isLetterOrDigit(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var hasLetterOrDigit = false
        for byte in form.utf8 where isLetterOrDigit(byte) {
            hasLetterOrDigit = true
            break
        }
        guard hasLetterOrDigit else { return false }
        // `hasSuffix` (a Character comparison) only for the few forms whose last byte is a `*`.
        guard asTrigger, form.utf8.last == UInt8(ascii: "*"), form.hasSuffix("*") else { return true }
        let start = form.utf8.prefix(3)
        return start.count == 3 && start.allSatisfy(isLetterOrDigit)
    }
}

/// The checked rows by language, and each language's cues once built (shared by copies of the
/// set; a lock, since an extractor serves several threads). Arrays by ``Language/position``.
private final class CueStore: @unchecked Sendable {
    private let rows: [[CueRow]]
    let stopWords: [Set<String>]
    let particularLetters: [Set<Unicode.Scalar>]
    private let lock = NSLock()
    private var built: [LanguageCues?]

    init(rows: [[CueRow]]) {
        self.rows = rows
        var folder = NameFolder()
        stopWords = rows.map { languageRows in
            var words = Set<String>()
            for row in languageRows where row.kind == "stopword" { words.formUnion(row.forms.map { CuePhrase.fold($0, with: &folder) }) }
            return words
        }
        particularLetters = rows.map { languageRows in
            Set(languageRows.filter { $0.kind == "letter" }.flatMap { $0.forms.flatMap { $0.lowercased().unicodeScalars } })
        }
        built = rows.map { _ in nil }
    }

    func cues(for language: Language) -> LanguageCues {
        lock.lock()
        defer { lock.unlock() }
        if let cues = built[language.position] { return cues }
        let cues = Self.build(language, from: rows[language.position])
        built[language.position] = cues
        return cues
    }

    /// One language's cues from its checked rows, in table order.
    private static func build(_ language: Language, from rows: [CueRow]) -> LanguageCues {
        var entry = LanguageCues(language: language)
        var folder = NameFolder()
        let phrase = { (form: String) in CuePhrase(form, folder: &folder) }
        for row in rows {
            let forms = row.forms
            // The folded forms as a set, for the kinds that are word sets (not phrases).
            var words: Set<String> { Set(forms.map { CuePhrase.fold($0, with: &folder) }) }
            switch row.kind {
            case "stopword": entry.stopWords.formUnion(words)
            case "abbreviation": entry.abbreviations.formUnion(words)
            case "negation": entry.negations += forms.map(phrase)
            case "speculation": entry.speculations += forms.map(phrase)
            case "coordination": entry.coordinations.formUnion(words)
            case "passive": entry.passiveAuxiliaries.formUnion(words)
            case "agent": entry.agentPrepositions.formUnion(words)
            case "place": entry.placePrepositions.formUnion(words)
            case "place-noun": entry.placeNouns.formUnion(words)
            case "travel": entry.travelWords.formUnion(words)
            case "travel-preposition": entry.travelPrepositions.formUnion(words)
            case "dative": entry.datives.formUnion(words)
            case "comitative": entry.comitatives.formUnion(words)
            case "adversative": entry.adversatives.formUnion(words)
            case "containment": entry.containmentPrepositions.formUnion(words)
            case "clause-break": entry.clauseBreaks.formUnion(words)
            case "time": entry.timePrepositions.formUnion(words)
            case "pronoun": entry.personPronouns.formUnion(words)
            case "pair": entry.pairReferences += forms.map { (phrase($0), row.pairType!) }
            case "determiner": entry.determiners.formUnion(words)
            case "definite": entry.definiteArticles.formUnion(words)
            case "topic": entry.topicPrepositions.formUnion(words)
            case "topic-verb": entry.topicVerbs.formUnion(words)
            case "encircling": entry.encirclingWords.formUnion(words)
            case "presence": entry.presenceWords.formUnion(words)
            case "contraction":
                let article = CuePhrase.fold(row.value, with: &folder)
                for word in words { entry.contractedArticles[word] = article }
            case "venue": entry.venueWords.formUnion(words)
            case "strain": entry.strainWords.formUnion(words)
            case "relationship-noun": entry.relationshipNouns.formUnion(words)
            case "participle-ending": entry.participleEndings += forms.map { $0.lowercased() }
            case "of": entry.ofPrepositions.formUnion(words)
            case "name-particle": entry.nameParticles.formUnion(words)
            case "organization-head": entry.organizationHeads.formUnion(words)
            case "word-order":
                if row.value == "verb-final" { entry.verbFinal = true }
                if row.value == "adjectives-before" { entry.adjectivesPrecede = true }
            case "capitalisation":
                if row.value == "adjectives" { entry.capitalisesAdjectives = true }
                if row.value == "nouns" { entry.capitalisesNouns = true }
            case "agreement": entry.agreementHeads += forms.map(phrase)
            case "agreement-compound": entry.agreementCompoundTails += words.sorted()
            case "agreement-document": entry.agreementDocuments.formUnion(words)
            case "agreement-topic": entry.agreementTopics.formUnion(words)
            // Longest first, so that "südost" is tried before "süd".
            case "compass-prefix": entry.compassPrefixes = (entry.compassPrefixes + words).sorted { ($0.count, $0) > ($1.count, $1) }
            case "counterpart": entry.counterparts += forms.map(phrase)
            case "credit": entry.creditPhrases += forms.map(phrase)
            case "byline": entry.bylinePhrases += forms.map(phrase)
            case "see-also": entry.seeAlsoPhrases += forms.map(phrase)
            case "trigger":
                for form in forms { entry.triggers.append(RelationTrigger(phrase: phrase(form), relation: row.relation!, roles: row.roles!)) }
            default: break  // refused by `CueRow`
            }
        }
        entry.index()
        return entry
    }
}

extension Language {
    /// Index in `allCases`: the cue set keeps its languages in arrays (a dictionary keyed by
    /// `Language` cost a scan of the runtime's conformance records at its first use).
    var position: Int {
        switch self {
        case .fr: 0
        case .en: 1
        case .es: 2
        case .de: 3
        }
    }
}
