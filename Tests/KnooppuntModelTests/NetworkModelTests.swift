import Foundation
import Testing

@testable import KnooppuntModel

@Suite("Network model")
struct NetworkModelTests {
    static func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        let data = try DemoNetworks.encoder().encode(value)
        return try JSONDecoder().decode(T.self, from: data)
    }

    @Test("Every network type survives a JSON round trip unchanged")
    func codableRoundTrips() throws {
        let networks = DemoNetworks.networks
        #expect(try Self.roundTrip(networks) == networks)
        #expect(try Self.roundTrip(networks.ecograms[0]) == networks.ecograms[0])
        #expect(try Self.roundTrip(networks.analyses[0]) == networks.analyses[0])
        #expect(try Self.roundTrip(networks.sociograms[0]) == networks.sociograms[0])
        var layout = SavedLayout()
        layout[DemoNetworks.gemma] = LayoutPoint(x: 1.5, y: -2.25)
        var eco = networks.ecograms[0]
        eco.layout = layout
        #expect(try Self.roundTrip(eco).layout[DemoNetworks.gemma] == LayoutPoint(x: 1.5, y: -2.25))
    }

    @Test("Encoding is byte-for-byte stable, so section files do not churn in git")
    func stableEncoding() throws {
        let a = try DemoNetworks.encoder().encode(DemoNetworks.networks)
        for _ in 0..<5 {
            #expect(try DemoNetworks.encoder().encode(DemoNetworks.networks) == a)
        }
    }

    @Test("The committed demo file is exactly what DemoNetworks encodes")
    func demoFileMatchesCode() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/demo/sectie-engels-netwerken.json")
        let expected = try DemoNetworks.encoder().encode(DemoNetworks.networks)
        if ProcessInfo.processInfo.environment["KNOOPPUNT_WRITE_DEMO"] == "1" {
            try expected.write(to: url)
            print("wrote \(url.path)")
        }
        let onDisk = try Data(contentsOf: url)
        #expect(onDisk == expected, "regenerate with KNOOPPUNT_WRITE_DEMO=1 swift test --filter NetworkModel")
        let decoded = try JSONDecoder().decode(Networks.self, from: onDisk)
        #expect(decoded.ecograms.count == 1 && decoded.analyses.count == 1 && decoded.sociograms.count == 1)
        #expect(decoded.analyses[0].initiativeID == UUID(uuidString: "00000000-0000-4000-8000-000000000101"))
        #expect(
            decoded.sociograms[0].topics.map(\.name) == [
                "zorg", "ouderbetrokkenheid", "feedback", "didactiek",
            ])
    }

    @Test("Removing a person removes their contacts, ties, schakels, choices and positions everywhere")
    func removingPerson() {
        var networks = DemoNetworks.networks
        let heleenContact = networks.ecograms[0].contacts.first { $0.personID == DemoNetworks.heleen }!.id
        networks.ecograms[0].layout[heleenContact] = LayoutPoint(x: 1, y: 1)
        networks.sociograms[0].layout[DemoNetworks.heleen] = LayoutPoint(x: 2, y: 2)
        let tiesBefore = networks.ecograms[0].ties.count
        let touching = networks.ecograms[0].ties.filter { $0.touches(heleenContact) }.count
        #expect(touching >= 2)
        let after = networks.removingPerson(DemoNetworks.heleen)
        let eco = after.ecograms[0]
        #expect(!eco.contacts.contains { $0.personID == DemoNetworks.heleen })
        #expect(eco.ties.count == tiesBefore - touching)
        #expect(eco.layout[heleenContact] == nil)
        #expect(!after.analyses[0].schakels.contains { $0.personID == DemoNetworks.heleen })
        let socio = after.sociograms[0]
        #expect(!socio.personIDs.contains(DemoNetworks.heleen))
        for m in socio.measurements {
            #expect(!m.choices.contains { $0.from == DemoNetworks.heleen || $0.to == DemoNetworks.heleen })
            #expect(!m.choices.isEmpty)
        }
        #expect(socio.layout[DemoNetworks.heleen] == nil)
        // Nobody else lost anything: Gemma's schakel is still there.
        #expect(after.analyses[0].schakels.contains { $0.personID == DemoNetworks.gemma })
    }

    @Test("Removing the centre person of an ecogram removes that ecogram")
    func removingCentre() {
        let after = DemoNetworks.networks.removingPerson(DemoNetworks.gemma)
        #expect(after.ecograms.isEmpty)
        #expect(after.sociograms[0].personIDs.count == 6)
    }

    @Test("The network analysis fills the initiative's involved people, keeping earlier entries")
    func fillsInvolvement() {
        let earlier = Involvement(personID: DemoNetworks.fred, positions: [.user])
        let partial = Involvement(personID: DemoNetworks.theo, positions: [.user])
        var section = Section(
            name: "Sectie Engels",
            initiatives: [
                Initiative(
                    id: DemoNetworks.literatuuronderwijs, title: "Literatuuronderwijs",
                    involved: [earlier, partial])
            ])
        let applied = section.applyInvolvement(from: DemoNetworks.analysis)
        #expect(applied)
        let involved = section.initiatives[0].involved
        #expect(involved.contains(earlier))
        #expect(involved.first { $0.personID == DemoNetworks.theo }?.positions == [.user, .supplier])
        #expect(involved.first { $0.personID == DemoNetworks.gemma }?.positions == [.initiator, .partner])
        // Schakels outside the section (no person id) cannot be involved people.
        #expect(involved.count == 6)
        var other = DemoNetworks.analysis
        other.initiativeID = UUID()
        let appliedOther = section.applyInvolvement(from: other)
        #expect(!appliedOther)
    }

    @Test("The demo sociogram has an isolate (Fred) in both measurements and negative choices")
    func demoSociogramShape() {
        let s = DemoNetworks.sociogram
        for m in s.measurements {
            #expect(!m.choices.contains { $0.from == DemoNetworks.fred || $0.to == DemoNetworks.fred })
            #expect(m.choices.contains { $0.negative })
        }
        #expect(s.measurements[1].choices.count > s.measurements[0].choices.count)
    }

    @Test("Name keys ignore case, diacritics and extra spaces")
    func nameKeys() {
        #expect(NameKey("Joëlle  de Vries ") == NameKey("joelle de vries"))
        #expect(NameKey("HÉLEEN").value == "heleen")
        #expect(NameKey("Heleen") != NameKey("Helena"))
    }
}
