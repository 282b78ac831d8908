import RelGraphCore

/// One token of a document: a word, a number or a punctuation mark, with its place in the text.
///
/// A document holds one token per word or mark, so a token is kept small (48 bytes): offsets are
/// stored as 32-bit numbers and the flags share one byte. Hostile input of one mark per byte
/// would otherwise cost a hundred bytes of memory per input byte (issue #15).
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation }

    /// The token as written (after ``Normalizer``).
    public let text: String
    /// Folded like ``NameFolding/fold(_:)``: lowercase, no accents; "U.S." folds to "u s".
    public let folded: String
    private let storedStart: UInt32
    private let storedEnd: UInt32
    public let kind: Kind
    private let flags: Flags

    /// Offset of the first scalar, in Unicode scalars from the document start.
    public var start: Int { Int(storedStart) }
    /// Offset just past the last scalar.
    public var end: Int { Int(storedEnd) }
    /// The first letter is uppercase ("Moscou", "EU").
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Every letter is uppercase and there are at least two ("NATO", "UE").
    public var isAllCaps: Bool { flags.contains(.allCaps) }
    /// A line break separates this token from the previous one.
    public var newlineBefore: Bool { flags.contains(.newlineBefore) }
    /// Whitespace separates this token from the previous one.
    public var spaceBefore: Bool { flags.contains(.spaceBefore) }
    /// The hyphen or apostrophe that glues this token to the previous one ("nord-coréen", "l'armée").
    public var glue: Unicode.Scalar? {
        if flags.contains(.hyphenGlue) { return "-" }
        if flags.contains(.apostropheGlue) { return "'" }
        return nil
    }

    public var isWord: Bool { kind == .word }

    /// The largest scalar offset a token can hold; ``Tokenizer`` refuses longer texts.
    static let maximumOffset = Int(UInt32.max)

    /// `glue` is a hyphen, an apostrophe or nil: the only scalars that join tokens.
    init(kind: Kind, start: Int, end: Int, text: String, folded: String, isCapitalized: Bool, isAllCaps: Bool,
         newlineBefore: Bool, spaceBefore: Bool, glue: Unicode.Scalar?) {
        precondition(glue == nil || glue == "-" || glue == "'", "a token is glued by a hyphen or an apostrophe")
        self.kind = kind
        self.text = text
        self.folded = folded
        storedStart = UInt32(start)
        storedEnd = UInt32(end)
        var flags: Flags = []
        if isCapitalized { flags.insert(.capitalized) }
        if isAllCaps { flags.insert(.allCaps) }
        if newlineBefore { flags.insert(.newlineBefore) }
        if spaceBefore { flags.insert(.spaceBefore) }
        if glue == "-" { flags.insert(.hyphenGlue) }
        if glue == "'" { flags.insert(.apostropheGlue) }
        self.flags = flags
    }

    private struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        static let capitalized = Flags(rawValue: 1 << 0)
        static let allCaps = Flags(rawValue: 1 << 1)
        static let newlineBefore = Flags(rawValue: 1 << 2)
        static let spaceBefore = Flags(rawValue: 1 << 3)
        static let hyphenGlue = Flags(rawValue: 1 << 4)
        static let apostropheGlue = Flags(rawValue: 1 << 5)
    }
}
