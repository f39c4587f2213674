extension DurableWrite.Failure {
    /// The sentence in Dutch, or in English when `english`. The system's own message (`strerror`) stays
    /// as the system gives it.
    public func text(english: Bool) -> String {
        if english { return description }
        switch failure {
        case .missing: return "Het bestand ontbreekt."
        case .exists: return "Het bestand bestaat al."
        case .tooLarge(let bytes):
            return "Het bestand is \(bytes / 1_000_000) MB, meer dan een sectiebestand mag zijn."
        case .notARegularFile: return "Het pad is geen gewoon bestand."
        case .notAFolder(let path):
            return "\(path) is een bestand waar een map hoort te staan; zet het opzij."
        case .system(let call, let path, let message) where call == DurableFile.Failure.readCall:
            return "\(path) kon niet gelezen worden: \(message); kijk de rechten van dat bestand na."
        case .system(let call, let path, let message):
            return
                "\(Self.dutch(call, path)) lukte niet: \(message); kijk de rechten en de vrije ruimte van de map na."
        }
    }

    /// "Could not create a temporary file in /x": the step that failed, in Dutch. A step this table does
    /// not know is named in English rather than left out.
    private static func dutch(_ call: String, _ path: String) -> String {
        switch call {
        case "create a temporary file in": "Een tijdelijk bestand maken in \(path)"
        case "create the folder": "De map \(path) maken"
        case "create": "\(path) maken"
        case "flush to disk": "\(path) naar de schijf wegschrijven"
        case "open": "\(path) openen"
        case "replace": "\(path) vervangen"
        case "write": "\(path) schrijven"
        default: "\(path) (\(call))"
        }
    }
}
