import KnooppuntWords

/// The kinds of network a command can name.
enum NetworkKind {
    case sociogram, ecogram, analysis

    /// The kind's name inside a sentence ("heeft nog geen netwerkanalyse").
    func words(_ say: Words) -> String {
        switch self {
        case .sociogram: say.cliSociogramKind
        case .ecogram: say.cliEcogramKind
        case .analysis: say.cliAnalysisKind
        }
    }
}
