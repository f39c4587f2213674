import Foundation

/// Who the user of this machine is in each section ("ik ben …" in 6 Mijn initiatieven): remembered per
/// machine, because a shared data directory is read by every colleague and each of them is someone else.
/// Kept as `chosen-people.json` beside this data directory's merge bases: section file name → person id.
extension MachineState {
    var chosenPeopleFile: URL { folder.appendingPathComponent("chosen-people.json") }

    /// The person chosen per section on this machine; empty when nothing was chosen or the file does
    /// not read (losing it loses only a selection).
    public func chosenPeople() -> [String: UUID] {
        guard let data = try? Data(contentsOf: chosenPeopleFile),
            let stored = try? JSONDecoder().decode([String: UUID].self, from: data)
        else { return [:] }
        return stored.filter { SectionSlug.isValid($0.key) }
    }

    /// Remembers `person` as who this machine's user is in the section `slug` (nil forgets it).
    public func rememberChosen(_ person: UUID?, slug: String) {
        guard SectionSlug.isValid(slug) else { return }
        var all = chosenPeople()
        all[slug] = person
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(all) else { return }
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? data.write(to: chosenPeopleFile, options: .atomic)
        try? FileManager.default.setAttributes(
            [.posixPermissions: 0o600], ofItemAtPath: chosenPeopleFile.path)
    }
}
