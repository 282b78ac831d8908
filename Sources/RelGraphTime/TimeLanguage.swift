/// The languages whose time expressions relgraph reads (the extractor's four).
public enum TimeLanguage: String, CaseIterable, Sendable {
    case fr, en, es, de
}
