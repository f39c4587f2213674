import KnooppuntModel

/// One line of the section picker: a section that reads, or a file that does not, with the store's
/// error as a sentence in the user's language.
public typealias PickerEntry = SectionListing<String>

/// The outcome of an `Effect`, carried back into `App.update` as `Event.app(...)`.
public enum AppMessage: Hashable, Sendable {
    case none
    /// The sections in the data directory, readable or not.
    case sectionsListed([PickerEntry])
    /// A section was opened (or created, or reloaded) at this revision.
    case opened(slug: String, section: Section, revision: Int)
    case openFailed(slug: String, message: String)
    /// A section got a new name (and perhaps a new file name).
    case renamed(oldSlug: String, slug: String, section: Section, revision: Int)
    /// The save went through; the file is now at `revision`.
    case saved(slug: String, revision: Int)
    case saveFailed(slug: String, message: String)
    /// Someone else saved the file since we read it: nothing was written. The user may reload.
    case conflict(slug: String, message: String)
    /// The section just opened can be viewed but not saved here (a read-only file or folder).
    case readOnly(slug: String)
    /// The copy of `saveCopy` was written at `path`.
    case copySaved(path: String)
    case copyFailed(message: String)
    /// The preview of a survey import (`Effect.previewSurvey`).
    case surveyPreviewed(SurveyPreviewResult)
    /// An export was written to this path.
    case exported(path: String)
    /// The file changed on disk (another writer); `summary` says what came in.
    case changedOnDisk(slug: String, section: Section, revision: Int, summary: String)
    /// A save found a newer version on disk and merged with it: the merged section is on disk at
    /// `revision`; `summary` says what came in, `conflicts` how many wait for a person.
    case merged(slug: String, section: Section, revision: Int, summary: String, conflicts: Int)
    /// Conflict copies of a synced folder were merged into sections (one line each).
    case copiesMerged([String])
    /// The data directory is shared through git: F5 syncs, and quitting syncs first.
    case shared
    /// A sync ended: one line for the status bar; `ok` false when the remote could not be reached.
    case synced(line: String, ok: Bool)
    /// The names in the folder `typed` points into (`Effect.completePath`); nil when it cannot be read.
    case pathListed(typed: String, entries: [PathEntry]?)
    /// Any other failure, one sentence.
    case failed(String)
}
