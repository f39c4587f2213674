/// Every sentence, label and hint the program shows, in one language. The texts stand in one table per
/// language, `Tables/nl.words` and `Tables/en.words`; at build time WordsGenerator turns each key into a
/// member of this type (a property, or a function whose arguments fill in the `{name}`s), so code asks
/// `words.nothingChanged` and never holds a Dutch and an English sentence side by side.
public struct Words: Hashable, Sendable {
    public let isEnglish: Bool

    public static let dutch = Words(isEnglish: false)
    public static let english = Words(isEnglish: true)

    public init(isEnglish: Bool) { self.isEnglish = isEnglish }
}
