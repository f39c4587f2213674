/// A section as it is on disk: its file name (slug) and the revision it was read or written at.
/// Pass `revision` back to `SectionStore.save` so the store can tell whether someone else saved meanwhile.
public struct StoredSection: Hashable, Sendable {
    public var slug: String
    public var section: Section
    public var revision: Int
    /// What loading repaired in memory because the file did not hold together (`SectionValidation`);
    /// empty for a sound file and for what a save returns. Show it to the user: the file itself only
    /// changes at the next save.
    public var repairs: [SectionRepair] = []
}

/// One entry of a list of section files: a broken file is listed with what is wrong with it, so that
/// the other sections still open and the user learns which file to repair. `SectionStore.list()` gives
/// the store's error (`Problem` is `StoreError`); the picker gets that error as a sentence in the
/// user's language (`String`).
public enum SectionListing<Problem: Hashable & Sendable>: Hashable, Sendable {
    case readable(SectionSummary)
    case unreadable(slug: String, problem: Problem)

    public var slug: String {
        switch self {
        case .readable(let summary): summary.slug
        case .unreadable(let slug, _): slug
        }
    }
}
