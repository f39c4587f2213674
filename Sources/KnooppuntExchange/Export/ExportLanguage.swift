import KnooppuntWords

/// The language of an exported text. The exchange module cannot see the interface's own language type
/// (the arrows point away from the interface), so the executable hands this one over.
public enum ExportLanguage: String, Hashable, Sendable, CaseIterable {
    case nl, en

    /// The table of words in this language.
    public var words: Words { Words(isEnglish: self == .en) }

    /// For a word written here in both languages (the picture's "Legenda"); the model's own names
    /// come from `words`.
    public func text(_ dutch: String, _ english: String) -> String {
        self == .nl ? dutch : english
    }
}
