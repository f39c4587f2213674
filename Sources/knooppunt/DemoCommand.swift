import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntResources

/// `knooppunt demo [--force]`: creates "Sectie Engels", the method's case, in the data directory.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Create the demo section \"Sectie Engels\" (slug sectie-engels): the English section from the case study of the method.",
        discussion: """
            Seven teachers, four initiatives at their steps with histories, six meetings and the jaaragenda \
            of figure 3.3. Without --force an existing section sectie-engels is never touched and the \
            command fails; with --force it is replaced and the old file kept as an earlier version (see `knooppunt restore`).
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(
        help:
            "Replace an existing sectie-engels section with a fresh demo (the old file is kept as a backup).")
    var force = false

    static let sectionFile = "demo/sectie-engels.json"
    static let networksFile = "demo/sectie-engels-netwerken.json"

    func run() throws {
        let section = try Self.demoSection()
        let store = try global.openStore()
        let stored: StoredSection
        if force {
            stored = try store.replace(section, slug: SectionStore.slug(for: section.name))
        } else {
            do {
                stored = try store.create(section)
            } catch StoreError.alreadyExists(let slug) {
                // A broken or newer file also "exists", but --force would refuse it too: say what is
                // wrong with it (file, line, column) instead of pointing at --force.
                _ = try store.load(slug)
                throw CommandFailure(
                    "The section \(slug) already exists and was left as it is; use `knooppunt demo --force` to replace it with a fresh demo."
                )
            }
        }
        CommandSupport.emit(
            "Created the demo section \(section.name) (\(stored.slug)) in \(store.directory.path).\n")
    }

    /// The demo section from Resources, with the networks helper's file put into `networks` when it is
    /// installed. A missing networks file is fine (the section works without); a broken one is an error,
    /// because silently dropping it would hide a packaging fault.
    static func demoSection() throws -> Section {
        let data: Data
        do {
            data = try KnooppuntResources.data(sectionFile)
        } catch {
            throw CommandFailure(
                "The demo file \(sectionFile) is missing from this installation; reinstall knooppunt.")
        }
        var section: Section
        do {
            section = try JSONDecoder().decode(Section.self, from: data)
        } catch {
            throw CommandFailure(
                "The demo file \(sectionFile) does not decode (\(Self.reason(error))); reinstall knooppunt.")
        }
        if let networksData = try? KnooppuntResources.data(networksFile) {
            do {
                section.networks = try JSONDecoder().decode(Networks.self, from: networksData)
            } catch {
                throw CommandFailure(
                    "The demo file \(networksFile) does not decode (\(Self.reason(error))); reinstall knooppunt."
                )
            }
        }
        return section
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return CommandSupport.shown(
                path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)")
        default:
            return CommandSupport.shown(String(describing: error))
        }
    }
}
