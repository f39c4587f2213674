import KnooppuntWords

/// Why a text stops being JSON, as `JSONFaultLocator` finds it. A teacher repairing a section file by
/// hand reads it in the message that names the line and column, so it is worded in the user's language
/// (`text(english:)`); `description` is the English one, for logs and tests.
public enum JSONSyntaxFault: Hashable, Sendable, CustomStringConvertible {
    /// What stands where the fault is: a character as it reads, a byte that is no text, a control
    /// character, or nothing because the file ended.
    public enum Found: Hashable, Sendable {
        case character(String)
        case byte(UInt8)
        case control(UInt8)
        case end
    }

    /// The two kinds of container, for the faults that name the one they are in.
    public enum Container: Hashable, Sendable { case object, list }

    case empty
    case afterDocument(Found)
    case endsBeforeValue
    case nestedTooDeep(limit: Int)
    case expectedValue(Found)
    case endsInside(Container)
    case expectedSeparator(Container, Found)
    case expectedFieldName(Found)
    case expectedColon(field: String, Found)
    case unclosedText
    case controlCharacter(Found)
    case endsInsideEscape
    case notAnEscape(Character)
    case missingSecondHalf(UInt16)
    case wrongSecondHalf(UInt16, after: UInt16)
    case missingFirstHalf(UInt16)
    case escapeNeedsFourDigits
    case notUTF8Byte(UInt8)
    case endsInsideCharacter
    case notUTF8
    case numberNeedsDigitAfterMinus
    case numberStartsWithZero
    case numberNeedsDigitAfterPoint
    case numberNeedsExponentDigits

    public var description: String { text(english: true) }

    /// The reason in Dutch, or in English when `english`; it goes mid-sentence, after the place.
    public func text(english: Bool) -> String {
        let words = Words(isEnglish: english)
        func found(_ found: Found) -> String { found.text(words) }
        return switch self {
        case .empty: words.jsonEmpty
        case .afterDocument(let at): words.jsonAfterDocument(found: found(at))
        case .endsBeforeValue: words.jsonEndsBeforeValue
        case .nestedTooDeep(let limit): words.jsonNestedTooDeep(limit: limit)
        case .expectedValue(let at): words.jsonExpectedValue(found: found(at))
        case .endsInside(let container): words.jsonEndsInside(container: container.name(words))
        case .expectedSeparator(let container, let at):
            words.jsonExpectedSeparator(close: container.close, found: found(at))
        case .expectedFieldName(let at): words.jsonExpectedFieldName(found: found(at))
        case .expectedColon(let field, let at): words.jsonExpectedColon(field: field, found: found(at))
        case .unclosedText: words.jsonUnclosedText
        case .controlCharacter(let at): words.jsonControlCharacter(found: found(at))
        case .endsInsideEscape: words.jsonEndsInsideEscape
        case .notAnEscape(let letter): words.jsonNotAnEscape(letter: letter)
        case .missingSecondHalf(let unit): words.jsonMissingSecondHalf(unit: Self.hex(unit))
        case .wrongSecondHalf(let unit, let first):
            words.jsonWrongSecondHalf(unit: Self.hex(unit), first: Self.hex(first))
        case .missingFirstHalf(let unit): words.jsonMissingFirstHalf(unit: Self.hex(unit))
        case .escapeNeedsFourDigits: words.jsonEscapeNeedsFourDigits
        case .notUTF8Byte(let byte): words.jsonNotUTF8Byte(byte: Found.number(byte))
        case .endsInsideCharacter: words.jsonEndsInsideCharacter
        case .notUTF8: words.jsonNotUTF8
        case .numberNeedsDigitAfterMinus: words.jsonNumberNeedsDigitAfterMinus
        case .numberStartsWithZero: words.jsonNumberStartsWithZero
        case .numberNeedsDigitAfterPoint: words.jsonNumberNeedsDigitAfterPoint
        case .numberNeedsExponentDigits: words.jsonNumberNeedsExponentDigits
        }
    }

    private static func hex(_ unit: UInt16) -> String { String(unit, radix: 16) }
}

extension JSONSyntaxFault.Found {
    /// ‘x’ for a character, otherwise the byte's number or the end of the file.
    func text(_ words: Words) -> String {
        switch self {
        case .character(let text): "‘\(text)’"
        case .byte(let byte): "byte \(Self.number(byte))"
        case .control(let byte): words.jsonFoundControl(number: Self.number(byte))
        case .end: words.jsonFoundEnd
        }
    }

    static func number(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }
}

extension JSONSyntaxFault.Container {
    /// The byte that closes the container.
    var close: Character { self == .object ? "}" : "]" }
    var closeByte: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }

    func name(_ words: Words) -> String { self == .object ? words.jsonObject : words.jsonList }
}
