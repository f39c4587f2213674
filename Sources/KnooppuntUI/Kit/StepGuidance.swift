import Foundation
import KnooppuntModel
import KnooppuntResources

/// Names and the two-line guidance of each stage of the stappenplan, in Dutch and English, read once
/// from Resources/guidance/{nl,en}.json. A missing or damaged file falls back to the names built in
/// here, so the board always has its headers.
public struct StepGuidance: Hashable, Sendable {
    public struct Entry: Hashable, Sendable, Codable {
        public var code: String
        public var short: String
        public var name: String
        public var guidance: [String]
    }

    private struct File: Codable {
        var language: String
        var stages: [Entry]
    }

    public let entries: [String: Entry]

    public static let dutch = StepGuidance(resource: "guidance/nl.json", fallback: fallbackDutch)
    public static let english = StepGuidance(resource: "guidance/en.json", fallback: fallbackEnglish)

    public static func forLanguage(_ language: Language) -> StepGuidance {
        language == .nl ? dutch : english
    }

    init(resource: String, fallback: [String]) {
        if let data = try? KnooppuntResources.data(resource),
            let file = try? JSONDecoder().decode(File.self, from: data)
        {
            entries = Dictionary(file.stages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        } else {
            var e: [String: Entry] = [:]
            for (i, name) in fallback.enumerated() {
                let code = i <= 10 ? String(i) : (i == 11 ? "afgerond" : "losgelaten")
                e[code] = Entry(code: code, short: name, name: name, guidance: [])
            }
            entries = e
        }
    }

    public func entry(_ stage: Stage) -> Entry {
        entries[stage.code] ?? Entry(code: stage.code, short: stage.code, name: stage.code, guidance: [])
    }

    public func name(_ stage: Stage) -> String { entry(stage).name }
    public func short(_ stage: Stage) -> String { entry(stage).short }
    public func guidance(_ stage: Stage) -> [String] { entry(stage).guidance }

    /// "3 Informeren", "✓ Afgerond": the column header of the board.
    public func header(_ stage: Stage) -> String {
        switch stage {
        case .step(let n): return "\(n) \(short(stage))"
        case .closed: return "✓ \(short(stage))"
        case .dropped: return "× \(short(stage))"
        }
    }

    private static let fallbackDutch = [
        "Het begin", "Wil iemand daar iets mee?", "Wie betrek je daarbij?",
        "Informeren van de sectie over initiatief", "Uitwerken van initiatief in aanpak",
        "Initiatief bespreken met betrokkenen", "Aanpassen aanpak", "Aanpak bespreken in de sectie",
        "Uitproberen initiatief", "Verzamelen en bespreken van ervaringen in de sectie",
        "Bijstellen en uitwerken aanpak", "Afronden initiatief", "Losgelaten",
    ]
    private static let fallbackEnglish = [
        "The beginning", "Does anyone want to take it on?", "Whom do you involve?",
        "Informing the section", "Working out an approach", "Discussing with those involved",
        "Adjusting the approach", "Discussing the approach in the section", "Trying out",
        "Collecting and discussing experiences", "Refining the approach", "Closing", "Dropped",
    ]
}
