import Foundation
import KnooppuntModel
import KnooppuntResources

/// What the interface shows of each stage of the stappenplan, in Dutch and English: the name (from
/// `StepNames`, the one place for step names), and the short column label and two lines of guidance read
/// once from Resources/guidance/{nl,en}.json. A missing or damaged file leaves the name as label and no
/// guidance, so the board always has its headers.
public struct StepGuidance: Hashable, Sendable {
    public struct Entry: Hashable, Sendable, Codable {
        public var code: String
        public var short: String
        public var guidance: [String]
    }

    private struct File: Codable {
        var language: String
        var stages: [Entry]
    }

    public let language: Language
    public let entries: [String: Entry]

    public static let dutch = StepGuidance(resource: "guidance/nl.json", language: .nl)
    public static let english = StepGuidance(resource: "guidance/en.json", language: .en)

    public static func forLanguage(_ language: Language) -> StepGuidance {
        language == .nl ? dutch : english
    }

    init(resource: String, language: Language) {
        self.language = language
        if let data = try? KnooppuntResources.data(resource),
            let file = try? JSONDecoder().decode(File.self, from: data)
        {
            entries = Dictionary(file.stages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        } else {
            entries = [:]
        }
    }

    public func name(_ stage: Stage) -> String { StepNames.name(stage, language.words) }
    public func short(_ stage: Stage) -> String { entries[stage.code]?.short ?? name(stage) }
    public func guidance(_ stage: Stage) -> [String] { entries[stage.code]?.guidance ?? [] }

    /// "3 Informeren", "✓ Afgerond": the column header of the board.
    public func header(_ stage: Stage) -> String {
        switch stage {
        case .step(let n): return "\(n) \(short(stage))"
        case .closed: return "✓ \(short(stage))"
        case .dropped: return "× \(short(stage))"
        }
    }
}
