import Foundation

/// The networks of the demo section Sectie Engels (docs/METHOD.md). `Resources/demo/sectie-engels-netwerken.json` is this value encoded; a
/// test checks that the file and this code agree, so the JSON is generated, never edited by hand.
public enum DemoNetworks {
    /// The seven teachers of the seed (invented names there too), with the ids the demo section uses.
    public static let gemma = fixed(0x001)
    public static let caroline = fixed(0x002)
    public static let fred = fixed(0x003)
    public static let thomas = fixed(0x004)
    public static let jochem = fixed(0x005)
    public static let heleen = fixed(0x006)
    public static let theo = fixed(0x007)
    public static let literatuuronderwijs = fixed(0x101)

    static func fixed(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012X", n))!
    }

    /// The encoder the demo file is written with: sorted keys and pretty printing, so it diffs well.
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }

    public static var networks: Networks {
        Networks(ecograms: [ecogram], analyses: [analysis], sociograms: [sociogram])
    }

    // MARK: Ecogram of Gemma around literature teaching (docs/METHOD.md)

    public static var ecogram: Ecogram {
        let centre = EcogramCentre(id: fixed(0x200), personID: gemma, name: "Gemma")
        // A colleague of the section: linked to their person, in the group "sectie Engels".
        func colleague(
            _ n: Int, _ person: UUID, _ name: String, _ ring: EcogramRing, also groups: [String] = [],
            note: String = ""
        ) -> EcogramContact {
            EcogramContact(
                id: fixed(n), personID: person, name: name, area: .ownSection, ring: ring,
                groups: ["sectie Engels"] + groups, privateNote: note)
        }
        let caroline = colleague(0x201, Self.caroline, "Caroline", .close, also: ["literatuurduo"])
        let heleen = colleague(0x202, Self.heleen, "Heleen", .close)
        let theo = colleague(0x203, Self.theo, "Theo", .middle)
        let thomas = colleague(
            0x204, Self.thomas, "Thomas", .middle,
            note: "Denkt anders over de plaats van grammatica in toetsen; niet op de beamer bespreken.")
        let fred = colleague(0x205, Self.fred, "Fred", .far)
        let jochem = colleague(0x206, Self.jochem, "Jochem", .far)
        let nederlands = EcogramContact(
            id: fixed(0x207), name: "Marieke (Nederlands)", area: .school, ring: .middle,
            groups: ["vakoverstijgend literatuuronderwijs"])
        let teamleider = EcogramContact(
            id: fixed(0x208), name: "Teamleider bovenbouw", area: .school, ring: .far, groups: [])
        let stagiair = EcogramContact(
            id: fixed(0x209), name: "Joëlle (oud-stagiair)", area: .outside, ring: .far,
            groups: ["beeldmateriaal"],
            privateNote: "Werkt nu in Utrecht; liever niet te vaak om hulp vragen.")
        let mailinglist = EcogramContact(
            id: fixed(0x20A), name: "Mailinglist vakcommunity Engels", area: .outside, ring: .middle,
            groups: ["Digischool/Kennisnet"])
        let c = centre.id
        func tie(
            _ n: Int, _ from: UUID, _ to: UUID, _ direction: TieDirection, _ relations: [String],
            _ strength: TieStrength
        ) -> EcogramTie {
            EcogramTie(
                id: fixed(n), from: from, to: to, direction: direction, relations: relations,
                strength: strength)
        }
        return Ecogram(
            id: fixed(0x2FF), name: "Gemma — literatuuronderwijs", centre: centre,
            contacts: [
                caroline, heleen, theo, thomas, fred, jochem, nederlands, teamleider, stagiair, mailinglist,
            ],
            ties: [
                tie(0x220, c, caroline.id, .mutual, ["K", "G", "E"], .strong),
                tie(0x221, c, heleen.id, .mutual, ["K", "G"], .strong),
                tie(0x222, theo.id, c, .oneWay, ["K"], .weak),
                tie(0x223, c, thomas.id, .mutual, ["K", "R"], .weak),
                tie(0x224, c, fred.id, .mutual, ["G"], .weak),
                tie(0x225, c, jochem.id, .mutual, ["G"], .weak),
                tie(0x226, c, nederlands.id, .mutual, ["K"], .strong),
                tie(0x227, c, teamleider.id, .oneWay, ["K"], .weak),
                tie(0x228, stagiair.id, c, .oneWay, ["K", "B"], .weak),
                tie(0x229, mailinglist.id, c, .oneWay, ["K"], .strong),
                tie(0x22A, caroline.id, heleen.id, .mutual, ["K"], .strong),
                tie(0x22B, theo.id, heleen.id, .mutual, ["G"], .weak),
                tie(0x22C, thomas.id, fred.id, .mutual, ["R"], .weak),
            ],
            customRelations: [RelationLetter(letter: "B", meaningNL: "beeldmateriaal", meaningEN: "images")],
            privateNote: "Voor mezelf: wie help ik, wie helpt mij?")
    }

    // MARK: Network analysis of Literatuuronderwijs (docs/METHOD.md)

    public static var analysis: NetworkAnalysis {
        // Numbered in this order from 0x301, the ids the demo file holds.
        let kinds: [(String, IngredientKind)] = [
            ("Leesplezier", .idea),
            ("Thematische aanpak", .idea),
            ("Moderne media", .software),
            ("Opbouw 4-6 vwo", .idea),
            ("Literatuurtheorie", .resource),
            ("Toetsing en PTA", .resource),
            ("Beeldmateriaal", .image),
            ("Opdrachten mailinglist", .resource),
            ("Digischool/Kennisnet", .organisation),
            ("Vakoverstijgend lezen", .idea),
            ("Pilotles 4 vwo", .other),
            ("3 gymnasium", .other),
            ("Mediatheek", .building),
        ]
        let ingredients = kinds.enumerated().map { i, row in
            Ingredient(id: fixed(0x301 + i), name: row.0, kind: row.1)
        }
        func ids(_ names: String...) -> [UUID] {
            names.map { name in ingredients.first { $0.name == name }!.id }
        }
        return NetworkAnalysis(
            id: fixed(0x3FF), name: "Literatuuronderwijs", initiativeID: literatuuronderwijs,
            ingredients: ingredients,
            schakels: [
                Schakel(
                    id: fixed(0x320), personID: gemma, name: "Gemma",
                    ingredientIDs: ids(
                        "Leesplezier", "Opdrachten mailinglist", "Digischool/Kennisnet", "Pilotles 4 vwo"),
                    story:
                        "Neemt de opdrachten van de mailinglist mee en stelt haar 4 vwo-klas open voor de pilot.",
                    positions: [.initiator, .partner]),
                Schakel(
                    id: fixed(0x321), personID: caroline, name: "Caroline",
                    ingredientIDs: ids("Thematische aanpak", "Opbouw 4-6 vwo", "Pilotles 4 vwo"),
                    story:
                        "Wil zo snel mogelijk een pilotles nieuwe stijl geven; samen het programma 4-6 vwo uitwerken.",
                    positions: [.initiator, .partner]),
                Schakel(
                    id: fixed(0x322), personID: heleen, name: "Heleen",
                    ingredientIDs: ids("Literatuurtheorie", "Moderne media"),
                    story:
                        "Vragen of zij de theorie kort en thematisch wil maken; zij kent de moderne media.",
                    positions: [.partner]),
                Schakel(
                    id: fixed(0x323), personID: theo, name: "Theo",
                    ingredientIDs: ids("Opbouw 4-6 vwo", "Toetsing en PTA"),
                    story: "Zijn aanvullingen op de opbouw en de toetsing vragen vóór de sectievergadering.",
                    positions: [.supplier]),
                Schakel(
                    id: fixed(0x324), personID: thomas, name: "Thomas", ingredientIDs: ids("3 gymnasium"),
                    story:
                        "Bood aan onderdelen in zijn 3 gymnasiumklas uit te proberen: vragen wat hij terugziet.",
                    positions: [.user]),
                Schakel(
                    id: fixed(0x325), name: "Marieke (Nederlands)", area: .school,
                    ingredientIDs: ids("Vakoverstijgend lezen", "Mediatheek"),
                    story:
                        "Pleitbezorger van gemeenschappelijk literatuuronderwijs: samen één leeslijst-idee uitwerken.",
                    positions: [.schakel]),
                Schakel(
                    id: fixed(0x326), name: "Joëlle (oud-stagiair)", area: .outside,
                    ingredientIDs: ids("Beeldmateriaal"),
                    story:
                        "Heeft toegang tot veel beeldmateriaal; een korte mail met de thema's van de pilot.",
                    positions: [.supplier]),
            ],
            privateNote: "Fred gaat met pensioen; niet op rekenen voor het PTA-voorstel.")
    }

    // MARK: Sociogram of the seven teachers (docs/METHOD.md)

    public static let zorg = fixed(0x401)
    public static let ouders = fixed(0x402)
    public static let feedback = fixed(0x403)
    public static let didactiek = fixed(0x404)

    public static var sociogram: Sociogram {
        let topics = [
            SociogramTopic(
                id: zorg, name: "zorg",
                question:
                    "Aan wie van de collega's vraag je minstens 1x per maand advies over hoe je omgaat met zorgleerlingen in je klas?"
            ),
            SociogramTopic(
                id: ouders, name: "ouderbetrokkenheid",
                question:
                    "Aan wie van de collega's vraag je minstens 1x per maand advies over hoe je het beste kunt reageren op een mail van ouders?"
            ),
            SociogramTopic(
                id: feedback, name: "feedback",
                question:
                    "Aan wie van de collega's vraag je minstens 1x per maand advies over je bijdrage in de sectievergadering?"
            ),
            SociogramTopic(
                id: didactiek, name: "didactiek",
                question:
                    "Aan wie van de collega's vraag je minstens 1x per maand advies over het verbeteren van je les?"
            ),
        ]
        // Two subgroups (bovenbouw: Gemma, Caroline, Heleen; onderbouw: Thomas, Jochem), Theo the only
        // bridge between them, Fred isolated in the first measurement: every metric has something to show.
        let (g, c, f, t, j, h, o) = (gemma, caroline, fred, thomas, jochem, heleen, theo)
        func ties(_ topic: UUID, _ pairs: [(UUID, UUID)], negative: Bool = false) -> [SociogramChoice] {
            pairs.map { SociogramChoice(topicID: topic, from: $0.0, to: $0.1, negative: negative) }
        }
        let first: [SociogramChoice] =
            ties(zorg, [(g, c), (c, g), (h, g), (g, h), (c, h), (t, j), (j, t), (o, h), (o, t), (t, o)])
            + ties(ouders, [(c, g), (j, t), (o, t), (h, g)])
            + ties(feedback, [(g, c), (c, g), (h, c), (o, h), (t, o)])
            + ties(didactiek, [(g, c), (c, g), (h, g), (g, h), (t, j), (j, t), (h, o), (o, t), (t, o)])
            + ties(didactiek, [(t, g), (g, t)], negative: true)
        // A year later: Caroline and Thomas worked together on the pilot in 3 gymnasium, Theo and Thomas
        // now ask Gemma too, so the structural hole is smaller and Gemma becomes central; Fred, about to
        // retire, still asks nobody and nobody asks him; Jochem still only talks with Thomas.
        let second: [SociogramChoice] =
            first.filter { !$0.negative }
            + ties(didactiek, [(c, t), (t, c), (o, g), (g, o)])
            + ties(zorg, [(c, t), (t, g), (g, t)])
            + ties(feedback, [(t, c), (h, g), (o, g)])
            + ties(didactiek, [(g, t)], negative: true)
        return Sociogram(
            id: fixed(0x4FF), name: "Sociogram sectie Engels", personIDs: [g, c, f, t, j, h, o],
            topics: topics,
            measurements: [
                SociogramMeasurement(
                    id: fixed(0x410), date: Day(year: 2025, month: 10, day: 6), label: "najaar 2025",
                    choices: first),
                SociogramMeasurement(
                    id: fixed(0x411), date: Day(year: 2026, month: 10, day: 5), label: "najaar 2026",
                    choices: second),
            ],
            privateNote: "Fred voelt zich buitengesloten sinds het pensioenbericht.")
    }
}
