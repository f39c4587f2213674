import Foundation
import KnooppuntModel

/// Side effects leave `App.update` only as these values; the executable carries them out (store
/// writes, loading) and feeds the outcome back as `Event.app(...)`.
public enum Effect: Hashable, Sendable {
    case listSections
    case open(slug: String)
    case create(name: String)
    /// A negative `expectedRevision` means the section is not open: rename it as it is on disk now.
    case rename(slug: String, newName: String, expectedRevision: Int)
    case save(slug: String, section: Section, expectedRevision: Int)
    case reload(slug: String)
    /// Writes the section as a file outside the data directory (a save failed at quit); answered by
    /// `copySaved` or `copyFailed`.
    case saveCopy(slug: String, section: Section)
    /// Erases `person` from the kept versions of the section on this machine (`people` as the section
    /// had them, to tell a first name that only they have).
    case forgetInBackups(slug: String, person: Person, people: [Person])
    /// Read a survey export and preview its import into the section the request carries.
    case previewSurvey(SurveyRequest)
    /// Writes what a screen shows into the user's documents folder; answered by `.exported` or `.failed`.
    case export(slug: String, section: Section, request: ExportRequest, language: Language)
    /// Looks whether the section file changed on disk since `revision` (another program, a sync tool,
    /// git); answered by `changedOnDisk` when it did.
    case watch(slug: String, revision: Int)
    /// Writes this machine's record of whose anonymous answers are whose (`ResponseLedgerFile`),
    /// never into the data directory.
    case saveResponses(ResponseLedger)
    /// Shares the data directory through git (`knooppunt sync`); answered by `synced`.
    case sync
    /// Lists the folder a typed path points into, for Tab completion; answered by `pathListed`.
    case completePath(String)
    /// Remembers on this machine who its user is in the section (6 Mijn's "ik ben …"), never in the
    /// data directory.
    case rememberChosenPerson(slug: String, person: UUID)
    case quit
}
