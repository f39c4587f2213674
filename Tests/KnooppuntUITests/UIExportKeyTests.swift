import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// `E` asks the executable to export what the screen shows; the interface itself writes nothing.
@Suite struct UIExportKeyTests {
    func exportRequests(_ d: UIDriver) -> [ExportRequest] {
        d.effects.compactMap { effect in
            if case .export(_, _, let request, _) = effect { return request }
            return nil
        }
    }

    @Test func eachScreenExportsWhatItShows() throws {
        var d = UIDriver()
        d.key(.character("2"))
        d.state.agenda = AgendaState(meeting: 2, column: 0, entry: 0)
        d.effects = []
        let before = d.state.section
        d.key(.character("E"))
        #expect(exportRequests(d) == [.agenda(meeting: 3)])
        #expect(d.state.section == before, "exporting changes nothing")

        d = UIMeetingTests.meeting(4)
        d.effects = []
        d.key(.character("E"))
        #expect(exportRequests(d) == [.minutes(meeting: 4)])

        d = UIDriver(section: try NetworksFixture.section())
        d.key(.character("4"))
        d.effects = []
        d.key(.character("E"))
        guard case .sociogram(let index, nil, let measurement)? = exportRequests(d).first else {
            Issue.record("expected a sociogram export, got \(d.effects)")
            return
        }
        #expect(index == 0 && measurement == d.section.networks.sociograms[0].measurements.count - 1)
    }

    @Test func theEcogramKeepsEForItsRelationAndExportsWithControlE() throws {
        var d = UIDriver(section: try NetworksFixture.section())
        d.key(.character("3"))
        d.effects = []
        d.key(.control("e"))
        #expect(exportRequests(d) == [.ecogram(index: 0)])
    }

    @Test func aScreenWithoutAnExportSaysSoAndTheAnswerIsShown() {
        var d = UIDriver()
        d.key(.character("5"))
        d.effects = []
        d.key(.character("E"))
        #expect(exportRequests(d).isEmpty)
        #expect(d.screen.contains("niets om te exporteren"))
        d.send(.app(.exported(path: "/home/x/Documents/knooppunt/a.html")))
        #expect(d.screen.contains("Geëxporteerd naar /home/x/Documents/knooppunt/a.html"))
    }
}

/// Leaving meeting mode offers the minutes: the very next E exports them, any other key drops the offer.
@Suite struct UIMinutesOfferTests {
    @Test func eRightAfterLeavingExportsTheMinutes() {
        var d = UIMeetingTests.meeting(4)
        d.key(.escape)
        // The evaluation's two questions come first; Esc skips them and the offer still stands.
        for _ in 0..<3 where d.state.dialog != nil { d.key(.escape) }
        #expect(d.state.dialog == nil)
        #expect(d.state.meeting.offeredMinutes == 4)
        d.effects = []
        d.key(.character("E"))
        #expect(
            d.effects.contains(where: { if case .export(_, _, .minutes(4), _) = $0 { true } else { false } }))
    }

    @Test func anyOtherKeyDropsTheOffer() {
        var d = UIMeetingTests.meeting(4)
        d.key(.escape)
        d.key(.character("2"))
        d.effects = []
        d.key(.character("E"))
        #expect(
            !d.effects.contains(where: { if case .export(_, _, .minutes, _) = $0 { true } else { false } }))
    }
}
