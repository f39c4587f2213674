/// What a network export may contain beyond the shared picture.
public struct NetworkExportOptions: Sendable {
    public var names: ExportNames
    /// Negative ties (R, negative sociogram questions), off unless asked for.
    public var sensitive: Bool
    /// Private notes of people, contacts and the network itself, off unless asked for.
    public var privateNotes: Bool

    public init(names: ExportNames, sensitive: Bool = false, privateNotes: Bool = false) {
        (self.names, self.sensitive, self.privateNotes) = (names, sensitive, privateNotes)
    }

    var language: ExportLanguage { names.language }
}
