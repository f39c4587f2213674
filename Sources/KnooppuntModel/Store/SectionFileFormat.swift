import Foundation

/// The section file format for those outside the store that read or write whole files: git's merge
/// driver, conflict copies of synced folders. Same envelope, same checks, same messages.
public enum SectionFileFormat {
    public static func decode(_ data: Data, file: String) throws -> (section: Section, revision: Int) {
        let found = try SectionFile.decode(data, file: file)
        return (
            SectionValidation.repaired(found.section, clampedSteps: found.clampedSteps).section,
            found.revision
        )
    }

    public static func encode(_ section: Section, revision: Int) throws -> Data {
        try SectionFile.encode(section, revision: revision)
    }
}
