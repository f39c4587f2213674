import KnooppuntWords

/// What is wrong with a file read through `CSVReader`, apart from where: the reader and the formats on
/// top of it name the fault, and the command or screen words it in its own language.
public enum CSVFault: Hashable, Sendable {
    case textAfterQuote
    case quoteInsideField
    case quoteNeverClosed
    case notUTF8AfterMark
    case notUTF16
    case cutOffUTF16
    case emptyEdgeList
    case columnTwice(String)
    /// `role` is the role's English and Dutch column name ("source", "bron"); `named` the columns found.
    case roleColumnTwice(role: [String], named: [String])
    case noSourceColumn
    case noTargetColumn
    case fieldCount(found: Int, header: Int)
    case emptySource
    case emptyTarget
    case tiedToThemselves(String)
    case badWeight(String)

    public func text(_ words: Words) -> String {
        switch self {
        case .textAfterQuote: words.csvTextAfterQuote
        case .quoteInsideField: words.csvQuoteInsideField
        case .quoteNeverClosed: words.csvQuoteNeverClosed
        case .notUTF8AfterMark: words.csvNotUTF8AfterMark
        case .notUTF16: words.csvNotUTF16
        case .cutOffUTF16: words.csvCutOffUTF16
        case .emptyEdgeList: words.edgeListEmpty
        case .columnTwice(let name): words.edgeListColumnTwice(name: name)
        case .roleColumnTwice(let role, let named):
            words.edgeListRoleColumnTwice(
                role: words.isEnglish ? role[0] : role[1],
                named: named.map { "'\($0)'" }.joined(separator: words.csvAnd))
        case .noSourceColumn: words.edgeListNoSourceColumn
        case .noTargetColumn: words.edgeListNoTargetColumn
        case .fieldCount(let found, let header):
            found == 1
                ? words.edgeListOneField(header: header)
                : words.edgeListFieldCount(found: found, header: header)
        case .emptySource: words.edgeListEmptySource
        case .emptyTarget: words.edgeListEmptyTarget
        case .tiedToThemselves(let name): words.edgeListTiedToThemselves(name: name)
        case .badWeight(let text): words.edgeListBadWeight(text: text)
        }
    }
}
