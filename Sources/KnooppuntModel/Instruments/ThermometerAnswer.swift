import Foundation

/// One member's four scores in one round. It carries a random response id and no person: only the
/// answering machine knows whose id it is (`ResponseLedger`), so the shared file shows nobody's scores.
public struct ThermometerAnswer: AnonymousAnswer {
    public var responseID: UUID
    public var vertrouwen: Int
    public var normen: Int
    public var werkafspraken: Int
    public var identificatie: Int

    public init(
        responseID: UUID = UUID(), vertrouwen: Int, normen: Int, werkafspraken: Int, identificatie: Int
    ) {
        self.responseID = responseID
        self.vertrouwen = vertrouwen
        self.normen = normen
        self.werkafspraken = werkafspraken
        self.identificatie = identificatie
    }

    /// Scores in the order of `ThermometerStatement.allCases`; nil unless there are four, each 1-5.
    public init?(responseID: UUID = UUID(), scores: [Int]) {
        guard scores.count == 4, scores.allSatisfy(ThermometerStatement.scores.contains) else { return nil }
        self.init(
            responseID: responseID, vertrouwen: scores[0], normen: scores[1], werkafspraken: scores[2],
            identificatie: scores[3])
    }

    public func score(_ statement: ThermometerStatement) -> Int {
        switch statement {
        case .vertrouwen: vertrouwen
        case .normen: normen
        case .werkafspraken: werkafspraken
        case .identificatie: identificatie
        }
    }

    public var scores: [Int] { ThermometerStatement.allCases.map(score) }

    public var sum: Int { scores.reduce(0, +) }

    public var band: ThermometerBand { ThermometerBand(sum: sum) }

    /// Every score brought into 1-5: a hand-edited file may hold a 0 or a 7, and a sum or a bar
    /// built from it would mislead.
    public var clamped: ThermometerAnswer {
        func c(_ v: Int) -> Int {
            min(max(v, ThermometerStatement.scores.lowerBound), ThermometerStatement.scores.upperBound)
        }
        return ThermometerAnswer(
            responseID: responseID, vertrouwen: c(vertrouwen), normen: c(normen),
            werkafspraken: c(werkafspraken), identificatie: c(identificatie))
    }
}
