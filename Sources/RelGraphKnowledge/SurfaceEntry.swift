/// How a surface form names its actor; the extractor weighs and resolves them differently.
public enum SurfaceKind: String, Sendable, CaseIterable, Hashable {
    /// An official or common name: "Russie", "Vladimir Poutine", "Organisation des Nations unies".
    case name
    /// An acronym: "ONU", "NATO", "UNO"; usually case-sensitive.
    case acronym
    /// An alternate or historical name: "Burma", "Swaziland", "Holland".
    case alias
    /// A person's surname alone, for back-references: "Poutine", "Kim".
    case surname
    /// A demonym or adjective of nationality, inflected: "russe", "nordkoreanischen".
    case demonym
    /// A capital standing for its state: "Moscou a signé".
    case capital
    /// A government metonym: "le Kremlin", "the White House", "Downing Street".
    case metonym
}

/// One way of naming an actor, found by folded key (``NameFolding/fold(_:)``).
public struct SurfaceEntry: Sendable, Hashable {
    public var actorID: String
    public var kind: SurfaceKind
    /// `fr`, `en`, `es`, `de`, or `nil` when the form is used in any language.
    public var language: String?
    /// The form can mean several actors (it is listed in `ambiguous.tsv`, or is a shared surname):
    /// resolve it from context or leave it out.
    public var ambiguous: Bool
    /// Match only when the text's spelling equals ``form`` exactly ("US", "AP", "UN" are also words).
    public var caseSensitive: Bool
    /// The form as written in the data.
    public var form: String

    public init(actorID: String, kind: SurfaceKind, language: String?, ambiguous: Bool = false,
                caseSensitive: Bool = false, form: String) {
        self.actorID = actorID
        self.kind = kind
        self.language = language
        self.ambiguous = ambiguous
        self.caseSensitive = caseSensitive
        self.form = form
    }
}
