import RelGraphCore

extension ActorType {
    /// The type of an actor id such as `country:RU` (`nil` for a malformed id).
    init?(actorID: String) {
        guard let colon = actorID.firstIndex(of: ":") else { return nil }
        self.init(rawValue: String(actorID[..<colon]))
    }
}
