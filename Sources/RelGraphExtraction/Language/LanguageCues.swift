import RelGraphCore
import RelGraphKnowledge

/// The four languages relgraph reads.
public enum Language: String, CaseIterable, Sendable, Comparable {
    case fr, en, es, de

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A phrase of folded tokens; a final `*` on the last token makes it a prefix ("rencontr*").
public struct CuePhrase: Sendable, Hashable {
    public let tokens: [String]
    public let prefixLast: Bool

    public init(_ form: String) {
        var folder = NameFolder()
        self.init(form, folder: &folder)
    }

    /// The phrase of `form`, folded with `folder` (one folder for a whole table keeps its cache warm).
    init(_ form: String, folder: inout NameFolder) {
        var text = form
        prefixLast = text.hasSuffix("*")
        if prefixLast { text.removeLast() }
        // On UTF-8 bytes: a space is one byte, and finding it needs no grapheme breaking. Most
        // forms are one word: then the folded form is the token, without splitting.
        let folded = Self.fold(text, with: &folder)
        tokens = !folded.utf8.contains(UInt8(ascii: " ")) ? (folded.isEmpty ? [] : [folded])
            : folded.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    }

    /// `folder.fold(form)`, skipped when `form` is already folded: lowercase ASCII without
    /// separators other than single inner spaces, as most cue forms are written (folding the
    /// 2,000 forms of the triggers tables was a tenth of a one-sentence `extract`).
    static func fold(_ form: String, with folder: inout NameFolder) -> String {
        var previous: UInt8 = 0x20
        for byte in form.utf8 {
            let plain: Bool
            switch byte {
            case 0x20: plain = previous != 0x20                          // no leading or double space
            case 0x41...0x5A, 0x2D, 0x27, 0x2E, 0x5F, 0x2C, 0x60: plain = false  // uppercase; - ' . _ , ` fold to spaces
            case 0x21...0x7E: plain = true
            default: plain = false                                        // non-ASCII, control characters
            }
            guard plain else { return folder.fold(form) }
            previous = byte
        }
        return previous == 0x20 ? folder.fold(form) : form
    }

    /// Why the phrase can never match, or nil: it has no word once folded ("*", "-").
    var problem: String? { tokens.isEmpty ? "has no word" : nil }

    /// Why the phrase can never match as a trigger, or nil: also one word cut to a prefix shorter
    /// than the 3 letters prefix triggers are looked up by ("a*").
    var problemAsTrigger: String? {
        if let first = tokens.first, tokens.count == 1, prefixLast, first.count < 3 { return "is a prefix of fewer than 3 letters" }
        return problem
    }

    /// Whether the phrase matches `folded` tokens starting at `index`.
    func matches(_ folded: [String], at index: Int) -> Bool {
        guard index + tokens.count <= folded.count, !tokens.isEmpty else { return false }
        for (offset, token) in tokens.enumerated() {
            let candidate = folded[index + offset]
            if offset == tokens.count - 1 && prefixLast {
                if !candidate.hasPrefix(token) { return false }
            } else if candidate != token {
                return false
            }
        }
        return true
    }
}

/// How a trigger's arguments sit around it (column `roles` of the triggers table).
public enum ArgumentRoles: String, Sendable {
    /// "A signs B": the actor before is the source, the actor after the target.
    case subjectObject = "subject-object"
    /// "A receives B" (for a visit): the actor after is the source.
    case objectSubject = "object-subject"
    /// "A and B meet", "A meets B", "talks between A and B": every participant pair.
    case symmetric
    /// A noun: "A's invasion of B", "l'invasion russe de B", "sanctions against B".
    case noun
}

/// One relation trigger: a phrase that states a relation type with its argument roles.
public struct RelationTrigger: Sendable {
    public let phrase: CuePhrase
    public let relation: RelationType
    public let roles: ArgumentRoles
}

/// The language machinery of one language, read from the `triggers` lexicon tables: stop words,
/// abbreviations, negation and speculation cues, grammatical words, relation triggers.
///
/// Table format (`Data/README.md`, section "triggers"): columns `lang kind value forms roles`.
public struct LanguageCues: Sendable {
    public let language: Language
    /// Frequent function words, for language detection.
    public internal(set) var stopWords: Set<String> = []
    /// Words followed by a dot that does not end the sentence ("m", "mr", "dr").
    public internal(set) var abbreviations: Set<String> = []
    /// Cues that negate a nearby trigger ("pas", "not", "nicht").
    public internal(set) var negations: [CuePhrase] = []
    /// Cues that make a statement speculative ("pourrait", "could").
    public internal(set) var speculations: [CuePhrase] = []
    /// Words joining coordinated actors ("et", "and").
    public internal(set) var coordinations: Set<String> = []
    /// Auxiliaries of the passive voice ("été", "was", "wurde").
    public internal(set) var passiveAuxiliaries: Set<String> = []
    /// Prepositions introducing a passive agent ("par", "by").
    public internal(set) var agentPrepositions: Set<String> = []
    /// Prepositions that make a capital a place ("à", "in").
    public internal(set) var placePrepositions: Set<String> = []
    /// "contre", "against": the actor after one is opposed, never a recipient.
    public internal(set) var adversatives: Set<String> = []
    /// "with", "avec": a meeting noun or verb followed by one belongs to the clause subject.
    public internal(set) var comitatives: Set<String> = []
    /// Place prepositions that also mark a recipient ("livrer à Moscou"): after a relation
    /// trigger other than a visit or meeting, the capital is the state.
    public internal(set) var datives: Set<String> = []
    /// Nouns naming a kind of place ("city", "island", "ville"): "the city of Lima" is the place.
    public internal(set) var placeNouns: Set<String> = []
    /// Words of a journey ("left", "flew", "départ", "regresó", "Rückkehr"): a capital after
    /// one and a `travelPrepositions` word is where the journey starts or ends.
    public internal(set) var travelWords: Set<String> = []
    /// Prepositions that name a journey's start or end after a `travelWords` word ("from",
    /// "for", "de", "pour", "desde", "von"), and otherwise something else ("support from Moscow").
    public internal(set) var travelPrepositions: Set<String> = []
    /// Prepositions that introduce a containing place after a location ("en", "in").
    public internal(set) var containmentPrepositions: Set<String> = []
    /// Words that end an argument search (relative pronouns, "but").
    public internal(set) var clauseBreaks: Set<String> = []
    /// Prepositions opening a time adjunct ("après", "after"): an actor after one, as in "met
    /// after the invasion of X", is not a partner of the meeting or cooperation before it.
    public internal(set) var timePrepositions: Set<String> = []
    /// Third-person singular pronouns that stand for a person named before ("il", "she", "er").
    public internal(set) var personPronouns: Set<String> = []
    /// Plural references to the two main actors ("les deux dirigeants"), with the type they refer to.
    public internal(set) var pairReferences: [(phrase: CuePhrase, type: ActorType)] = []
    /// Articles and determiners that may stand between coordinated actors ("et la").
    public internal(set) var determiners: Set<String> = []
    /// The definite articles among them ("the", "la", "den"): "the war in Ukraine" names a known
    /// conflict, "a war in Ukraine" may be one the subject starts.
    public internal(set) var definiteArticles: Set<String> = []
    /// Prepositions naming what is spoken of ("about", "sur", "sobre", "über").
    public internal(set) var topicPrepositions: Set<String> = []
    /// Verb forms whose object is what is spoken of ("discussed", "a évoqué", "abordaron").
    public internal(set) var topicVerbs: Set<String> = []
    /// Words putting what follows at the centre or the edge of something ("around", "near",
    /// "autour", "alrededor", "rund"): drills around a state are held against it, not with it.
    public internal(set) var encirclingWords: Set<String> = []
    /// Words of witnessing ("presence", "witnessed", "présence", "presencia", "Beisein"): who
    /// follows them watched a signing without being party to it.
    public internal(set) var presenceWords: Set<String> = []
    /// A preposition merged with the article that opens a name, and that article ("au" and "du":
    /// "le", "del": "el"): "au Caire" names Le Caire.
    public internal(set) var contractedArticles: [String: String] = [:]
    /// Nouns of a gathering held somewhere ("summit", "talks", "meeting", "sommet", "cumbre",
    /// "Gipfel"), also as the end of a compound ("Krisengipfel"): the place after them is the venue.
    public internal(set) var venueWords: Set<String> = []
    /// Nouns of a relationship between states ("relations", "ties", "Beziehungen"): a cooperation
    /// trigger only when nothing near them breaks, suspends or freezes it.
    public internal(set) var relationshipNouns: Set<String> = []
    /// Words of a relationship under strain ("strained", "deteriorating", "tensions",
    /// "dégradation", "tensas", "Belastung", "zerrüttet"): near a relationship noun, they leave it
    /// stating no cooperation.
    public internal(set) var strainWords: Set<String> = []
    /// Endings of past participles as written ("ed"; "é", "ée"; "ado", "ida"), for a participle
    /// read with its agent and no auxiliary ("Russia, accused by Ukraine"). None in German, which
    /// puts the agent before the participle.
    public internal(set) var participleEndings: [String] = []
    /// Prepositions that attach a title to what it is of ("de", "of", "der").
    public internal(set) var ofPrepositions: Set<String> = []
    /// Small words inside personal names ("bin", "al", "van").
    public internal(set) var nameParticles: Set<String> = []
    /// Last words that make a capitalised name an organization ("Industries", "Department").
    public internal(set) var organizationHeads: Set<String> = []
    /// What the cues say of each word they name (``WordCues``), built by ``index()``; the phrase
    /// starts of ``phrasesStartingAnyWord`` are left out of it. Before ``index()`` any word may
    /// start any phrase, as the first-word sets below say while they are nil.
    private var wordCues: [String: WordCues] = [:]
    private var phrasesStartingAnyWord: DocumentCueWords.PhraseStarts = [.negation, .speculation, .agreementHead, .pairReference]
    /// Verbs come last in subordinate and perfect clauses (German): with no actor after a
    /// trigger, the farther actor before it is the subject.
    public internal(set) var verbFinal = false
    /// Adjectives stand before their noun ("the Russian invasion", "der russische Angriff"); in
    /// the other languages they follow it ("l'invasion russe"). A nationality adjective on the
    /// other side of a noun qualifies the next word instead ("sanctioned Russian Railways").
    public internal(set) var adjectivesPrecede = false
    /// The language writes adjectives made from names, and some common ones, with a capital
    /// ("Western officials", "Federal agents"; English): a common capitalised word before a
    /// lowercase noun is an adjective, not a one-word name.
    public internal(set) var capitalisesAdjectives = false
    /// The language writes every noun with a capital (German): a capital there does not make a
    /// name ("Putins Erklärung" is a statement, "the Jeddah Declaration" a named text).
    public internal(set) var capitalisesNouns = false
    /// Head nouns of agreements ("traité", "treaty", "Abkommen").
    public internal(set) var agreementHeads: [CuePhrase] = []
    /// Prepositions that open the topic of an agreement and belong to its name ("über", "sur":
    /// "die Vereinbarung über Mindestpreise", "l'accord sur le nucléaire").
    public internal(set) var agreementTopics: Set<String> = []
    /// Heads a compound word may end with to name an agreement ("…abkommen", "…vertrags").
    public internal(set) var agreementCompoundTails: [String] = []
    /// Nouns that name an agreement only when it is signed or adopted, or bears a proper name
    /// ("declaration": "signed a joint declaration", "the Jeddah Declaration"); otherwise they
    /// are a statement ("the minister's declaration").
    public internal(set) var agreementDocuments: Set<String> = []
    /// Compass words a compound place name starts with ("Nord…", "Südost…"): "Nordirak" is a
    /// part of Iraq.
    public internal(set) var compassPrefixes: [String] = []
    /// "homologue", "counterpart": a person holding the same office elsewhere.
    public internal(set) var counterparts: [CuePhrase] = []
    /// Phrases opening a line that credits a story's reporters, editors or agencies ("Reporting
    /// by", "Avec AFP", "Con información de", "Mit Material von"): such a line is no part of the story.
    public internal(set) var creditPhrases: [CuePhrase] = []
    /// Words opening a byline ("By", "Par", "Por", "Von", "De notre correspondant"): a short line
    /// of them and a name is the author's, no part of the story.
    public internal(set) var bylinePhrases: [CuePhrase] = []
    /// Phrases opening a link to another story ("Read more", "Lire aussi", "Lea también",
    /// "Lesen Sie auch"): the other story's headline after them is no part of this one.
    public internal(set) var seeAlsoPhrases: [CuePhrase] = []
    public internal(set) var triggers: [RelationTrigger] = []

    /// Whether any phrase of `phrases` starts at `index`; returns its length in tokens.
    func match(_ phrases: [CuePhrase], in folded: [String], at index: Int) -> Int? {
        var best: Int?
        for phrase in phrases where phrase.matches(folded, at: index) {
            best = max(best ?? 0, phrase.tokens.count)
        }
        return best
    }

    /// Triggers indexed by their first folded token (prefix triggers by their first 3 letters).
    var triggersByFirstToken: [String: [Int]] = [:]
    var prefixTriggersByStem: [String: [Int]] = [:]
    /// First words of the negation and speculation cues; nil when a one-word prefix cue
    /// ("pourr*") lets any word start one.
    private var negationFirstWords: Set<String>?
    private var speculationFirstWords: Set<String>?
    /// The same for agreement heads and pair references, tried at every token of a sentence.
    private var agreementHeadFirstWords: Set<String>?
    private var pairReferenceFirstWords: Set<String>?

    /// Whether a negation cue may start at `word`: false rules it out without trying each cue.
    func mayStartNegation(_ word: String) -> Bool { negationFirstWords?.contains(word) ?? true }
    func mayStartSpeculation(_ word: String) -> Bool { speculationFirstWords?.contains(word) ?? true }
    func mayStartAgreementHead(_ word: String) -> Bool { agreementHeadFirstWords?.contains(word) ?? true }
    func mayStartPairReference(_ word: String) -> Bool { pairReferenceFirstWords?.contains(word) ?? true }

    private static func firstWords(_ phrases: [CuePhrase]) -> Set<String>? {
        var words = Set<String>()
        for phrase in phrases {
            guard let first = phrase.tokens.first, !(phrase.tokens.count == 1 && phrase.prefixLast) else {
                if phrase.tokens.isEmpty { continue }
                return nil
            }
            words.insert(first)
        }
        return words
    }

    public init(language: Language) { self.language = language }

    /// Triggers whose phrase starts at `index` of `folded`, longest first.
    func triggers(in folded: [String], at index: Int) -> [RelationTrigger] {
        triggers(among: triggerCandidates(startingWith: folded[index]), in: folded, at: index)
    }

    /// The triggers a phrase starting with the word `token` may be, as indices into ``triggers``:
    /// those whose first word it is, then the stems it starts with. Depends on the word alone,
    /// so a document asks once per distinct word (``DocumentVocabulary``).
    func triggerCandidates(startingWith token: String) -> [Int] {
        triggerCandidates(startingWith: token, firstTokenTriggers: triggersByFirstToken[token] ?? [])
    }

    /// ``triggerCandidates(startingWith:)`` with the triggers whose first token is `token`
    /// already looked up (``WordCues/triggers``).
    func triggerCandidates(startingWith token: String, firstTokenTriggers: [Int]) -> [Int] {
        var candidates = firstTokenTriggers
        // Three Characters or more (counting only three, not the whole word).
        let stem = FeatureText.prefix(token, 3)
        if stem.utf8.count >= 3, stem.count == 3, let stemmed = prefixTriggersByStem[String(stem)] {
            candidates += stemmed
        }
        return candidates
    }

    /// The triggers of `candidates` (``triggerCandidates(startingWith:)`` of `folded[index]`)
    /// whose phrase starts at `index` of `folded`, longest first.
    func triggers(among candidates: [Int], in folded: [String], at index: Int) -> [RelationTrigger] {
        var found: [RelationTrigger] = []
        for id in candidates where triggers[id].phrase.matches(folded, at: index) {
            found.append(triggers[id])
        }
        guard found.count > 1 else { return found }
        // Longest first; a whole word ("attacked") before a stem ("attack*").
        return found.sorted {
            ($0.phrase.tokens.count, $0.phrase.prefixLast ? 0 : 1) > ($1.phrase.tokens.count, $1.phrase.prefixLast ? 0 : 1)
        }
    }

    /// Which word lists `word` is in: one lookup for all of them.
    func roles(of word: String) -> WordRoles { wordCues[word]?.roles ?? [] }

    /// Everything the cues say of `word`, in one lookup.
    func cues(of word: String) -> WordCues {
        var found = wordCues[word] ?? WordCues()
        found.phraseStarts.formUnion(phrasesStartingAnyWord)
        return found
    }

    mutating func index() {
        negationFirstWords = Self.firstWords(negations)
        speculationFirstWords = Self.firstWords(speculations)
        agreementHeadFirstWords = Self.firstWords(agreementHeads)
        pairReferenceFirstWords = Self.firstWords(pairReferences.map(\.phrase))
        triggersByFirstToken = [:]
        prefixTriggersByStem = [:]
        for (id, trigger) in triggers.enumerated() {
            guard let first = trigger.phrase.tokens.first else { continue }
            if trigger.phrase.tokens.count == 1 && trigger.phrase.prefixLast {
                prefixTriggersByStem[String(first.prefix(3)), default: []].append(id)
            } else {
                triggersByFirstToken[first, default: []].append(id)
            }
        }
        (wordCues, phrasesStartingAnyWord) = WordCues.table(
            roles: WordRoles.table(of: self),
            phraseFirstWords: [(negationFirstWords, .negation), (speculationFirstWords, .speculation),
                               (agreementHeadFirstWords, .agreementHead), (pairReferenceFirstWords, .pairReference)],
            triggersByFirstToken: triggersByFirstToken)
    }
}
