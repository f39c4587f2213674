import Foundation
import KnooppuntModel
import Testing

/// The "did you mean" of the person lookup: a few typing slips away, and never a guess between two.
@Suite struct PersonLookupNearestTests {
    let lookup = PersonLookup(people: [
        Person(name: "Sanne Öztürk"), Person(name: "Anne de Wit"), Person(name: "Hanna Bos"),
        Person(name: "Thomas Hoekstra"),
    ])

    @Test func aSlipFindsTheColleague() {
        #expect(lookup.nearest("Sane Ozturk")?.name == "Sanne Öztürk")
        #expect(lookup.nearest("Sanne Oztruk")?.name == "Sanne Öztürk")
        #expect(lookup.nearest("Thoms Hoekstra")?.name == "Thomas Hoekstra")
        #expect(lookup.nearest("Hoekstar")?.name == "Thomas Hoekstra")
    }

    @Test func farOrEquallyCloseFindsNobody() {
        #expect(lookup.nearest("Pietje Puk") == nil)
        // "Anna" is one edit from Anne and one from Hanna: no guess.
        #expect(lookup.nearest("Anna") == nil)
        #expect(lookup.nearest("") == nil)
    }

    @Test func distanceCountsASwapAsOneEdit() {
        #expect(NameDistance.between("ozturk", "oztruk") == 1)
        #expect(NameDistance.between("sane", "sanne") == 1)
        #expect(NameDistance.between("", "abc") == 3)
        #expect(NameDistance.between("kitten", "sitting") == 3)
    }
}
