import RelGraphCore

extension ActorType {
    /// The type of an actor id such as `country:RU` (`nil` for a malformed id).
    init?(actorID: String) {
        // The colon searched among the UTF-8 bytes: comparing Characters costs far more, and ids
        // are built from a type name, a colon and a key.
        guard let colon = actorID.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        self.init(rawValue: String(actorID[..<colon]))
    }
}
