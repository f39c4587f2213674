import KnooppuntWords

/// A value the model words in the user's language: `text(_:)` picks its key in the word tables
/// (`words.refusalAlreadyThere`); `dutch` and `english` are its two texts, for callers that hold both.
public protocol TextInBothLanguages {
    func text(_ words: Words) -> String
}

extension TextInBothLanguages {
    public var dutch: String { text(.dutch) }
    public var english: String { text(.english) }
}

/// A value whose name the model words in the user's language (a column, a dimension, a band).
public protocol NameInBothLanguages {
    func name(_ words: Words) -> String
}

extension NameInBothLanguages {
    public var dutchName: String { name(.dutch) }
    public var englishName: String { name(.english) }
}
