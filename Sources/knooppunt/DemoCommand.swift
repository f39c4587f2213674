import ArgumentParser
import Foundation
import KnooppuntModel
import KnooppuntResources

/// `knooppunt demo [--force]`: creates "Sectie Engels", the method's case, in the data directory.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("demo", \.helpDemo, discussion: \.helpDemoDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(\.helpDemoForce)) var force = false

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
                throw CommandFailure(say.cliDemoExists(slug: slug))
            }
        }
        CommandSupport.emit(
            say.cliDemoCreated(name: section.name, slug: stored.slug, folder: store.directory.path) + "\n")
    }

    /// The demo section from Resources, with the networks helper's file put into `networks` when it is
    /// installed. A missing networks file is fine (the section works without); a broken one is an error,
    /// because silently dropping it would hide a packaging fault.
    static func demoSection() throws -> Section {
        let data: Data
        do {
            data = try KnooppuntResources.data(sectionFile)
        } catch {
            throw CommandFailure(say.cliDemoFileMissing(file: sectionFile))
        }
        var section: Section
        do {
            section = try JSONDecoder().decode(Section.self, from: data)
        } catch {
            throw CommandFailure(say.cliDemoFileBroken(file: sectionFile, reason: Self.reason(error)))
        }
        if let networksData = try? KnooppuntResources.data(networksFile) {
            do {
                section.networks = try JSONDecoder().decode(Networks.self, from: networksData)
            } catch {
                throw CommandFailure(say.cliDemoFileBroken(file: networksFile, reason: Self.reason(error)))
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
