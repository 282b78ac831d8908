import RelGraphCore

/// The literal starts of ``TokenFeatures``' names, each hashed once (``FeatureKey``).
///
/// The names are those the tagger has always used: changing one would move its feature to
/// another slot, and the bundled model would no longer find its weights.
enum TaggerKeys {
    static let bias = FeatureKey("bias")
    static let word = FeatureKey("w=")
    static let shape = FeatureKey("shape=")
    static let prefix3 = FeatureKey("p3=")
    static let suffix3 = FeatureKey("s3=")
    static let suffix4 = FeatureKey("s4=")
    static let gazetteer = TypeKeys(prefix: "gaz=")
    static let alsoLower = FeatureKey("also-lower")
    static let stop = FeatureKey("stop")
    static let organizationHead = FeatureKey("org-head")
    static let placeNoun = FeatureKey("place-noun")
    static let agreementHead = FeatureKey("agreement-head")
    static let sentenceStart = FeatureKey("sentence-start")
    static let lineStart = FeatureKey("line-start")

    /// The names of a neighbour's features, by where it stands.
    ///
    /// A class: the tagger hands one to a function four times per token, and a struct of seven
    /// keys was copied (and its Strings retained) at every call.
    final class Neighbour: Sendable {
        let word: FeatureKey
        /// The word feature at the edge of the document ("w-1=<edge>").
        let edge: FeatureKey
        let shape: FeatureKey
        let gazetteer: TypeKeys
        /// The neighbour's word with the token's own shape (adjacent neighbours only).
        let wordAndShape: FeatureKey
        let placePreposition: FeatureKey
        let ofPreposition: FeatureKey

        init(_ position: String) {
            word = FeatureKey("w\(position)=")
            edge = FeatureKey("w\(position)=<edge>")
            shape = FeatureKey("shape\(position)=")
            gazetteer = TypeKeys(prefix: "gaz\(position)=")
            wordAndShape = FeatureKey("w\(position)|shape=")
            placePreposition = FeatureKey("place-prep\(position)")
            ofPreposition = FeatureKey("of\(position)")
        }
    }

    static let previous = Neighbour("-1")
    static let next = Neighbour("1")
    static let beforePrevious = Neighbour("-2")
    static let afterNext = Neighbour("2")

    /// "prev=" and each label, by label index.
    static let previousLabel = NameTagger.labels.map { FeatureKey("prev=" + $0) }
    /// "prev=", each label and "|shape=" (followed by the shape), by label index.
    static let previousLabelShape = NameTagger.labels.map { FeatureKey("prev=" + $0 + "|shape=") }

    /// A prefix followed by each actor type's name ("gaz=person").
    struct TypeKeys {
        private let keys: [FeatureKey]

        init(prefix: String) { keys = ActorType.allCases.map { FeatureKey(prefix + $0.rawValue) } }

        subscript(type: ActorType) -> FeatureKey {
            switch type {
            case .country: keys[0]
            case .person: keys[1]
            case .organization: keys[2]
            case .agreement: keys[3]
            case .location: keys[4]
            }
        }
    }
}
