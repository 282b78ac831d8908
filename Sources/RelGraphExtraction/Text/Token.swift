import RelGraphCore

/// One token of a document: a word, a number or a punctuation mark, with its place in the text.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation }

    public var kind: Kind
    /// Offset of the first scalar, in Unicode scalars from the document start.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int
    /// The token as written (after ``Normalizer``).
    public var text: String
    /// Folded like ``NameFolding/fold(_:)``: lowercase, no accents; "U.S." folds to "u s".
    public var folded: String
    /// The first letter is uppercase ("Moscou", "EU").
    public var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two ("NATO", "UE").
    public var isAllCaps: Bool
    /// A line break separates this token from the previous one.
    public var newlineBefore: Bool
    /// Whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// The hyphen or apostrophe that glues this token to the previous one ("nord-coréen", "l'armée").
    public var glue: Unicode.Scalar?

    public var isWord: Bool { kind == .word }
}
