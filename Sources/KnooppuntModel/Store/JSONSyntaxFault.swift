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
        english ? self.english : dutch
    }

    private var english: String {
        switch self {
        case .empty: "the file is empty"
        case .afterDocument(let found):
            "unexpected \(found.text(english: true)) after the end of the JSON document"
        case .endsBeforeValue: "the file ends where a value was expected"
        case .nestedTooDeep(let limit): "objects and lists are nested more than \(limit) levels deep"
        case .expectedValue(let found): "expected a value but found \(found.text(english: true))"
        case .endsInside(let container): "the file ends inside \(container.name(english: true))"
        case .expectedSeparator(let container, let found):
            "expected ‘,’ or ‘\(container.close)’ but found \(found.text(english: true))"
        case .expectedFieldName(let found):
            "expected a field name in double quotes but found \(found.text(english: true))"
        case .expectedColon(let field, let found):
            "expected ‘:’ after the field name \"\(field)\" but found \(found.text(english: true))"
        case .unclosedText: "this text in double quotes is never closed"
        case .controlCharacter(let found):
            "a control character (\(found.text(english: true))) inside text must be written as an escape such as \\n"
        case .endsInsideEscape: "the file ends inside an escape ‘\\’"
        case .notAnEscape(let letter): "‘\\\(letter)’ is not a JSON escape"
        case .missingSecondHalf(let unit):
            "the escape \\u\(Self.hex(unit)) is half of a pair and its other half is missing"
        case .wrongSecondHalf(let unit, let first):
            "the escape \\u\(Self.hex(unit)) cannot follow \\u\(Self.hex(first))"
        case .missingFirstHalf(let unit):
            "the escape \\u\(Self.hex(unit)) is half of a pair and its first half is missing"
        case .escapeNeedsFourDigits: "the escape \\u needs four hexadecimal digits"
        case .notUTF8Byte(let byte): "byte \(Found.number(byte)) is not valid UTF-8 text"
        case .endsInsideCharacter: "the file ends inside a UTF-8 character"
        case .notUTF8: "the bytes here are not valid UTF-8 text"
        case .numberNeedsDigitAfterMinus: "a number needs a digit after ‘-’"
        case .numberStartsWithZero: "a number may not start with 0 followed by more digits"
        case .numberNeedsDigitAfterPoint: "a number needs a digit after its decimal point"
        case .numberNeedsExponentDigits: "a number needs digits in its exponent"
        }
    }

    private var dutch: String {
        switch self {
        case .empty: "het bestand is leeg"
        case .afterDocument(let found):
            "na het einde van het JSON-document staat nog \(found.text(english: false))"
        case .endsBeforeValue: "het bestand houdt op waar een waarde moest komen"
        case .nestedTooDeep(let limit): "objecten en lijsten liggen meer dan \(limit) lagen diep in elkaar"
        case .expectedValue(let found): "hier hoort een waarde, maar er staat \(found.text(english: false))"
        case .endsInside(let container): "het bestand houdt op midden in \(container.name(english: false))"
        case .expectedSeparator(let container, let found):
            "hier hoort ‘,’ of ‘\(container.close)’, maar er staat \(found.text(english: false))"
        case .expectedFieldName(let found):
            "hier hoort een veldnaam tussen dubbele aanhalingstekens, maar er staat \(found.text(english: false))"
        case .expectedColon(let field, let found):
            "na de veldnaam \"\(field)\" hoort ‘:’, maar er staat \(found.text(english: false))"
        case .unclosedText: "deze tekst tussen dubbele aanhalingstekens wordt nergens afgesloten"
        case .controlCharacter(let found):
            "een stuurteken (\(found.text(english: false))) in een tekst moet als escape geschreven worden, zoals \\n"
        case .endsInsideEscape: "het bestand houdt op midden in een escape ‘\\’"
        case .notAnEscape(let letter): "‘\\\(letter)’ is geen JSON-escape"
        case .missingSecondHalf(let unit):
            "de escape \\u\(Self.hex(unit)) is de helft van een paar en de andere helft ontbreekt"
        case .wrongSecondHalf(let unit, let first):
            "de escape \\u\(Self.hex(unit)) kan niet volgen op \\u\(Self.hex(first))"
        case .missingFirstHalf(let unit):
            "de escape \\u\(Self.hex(unit)) is de helft van een paar en de eerste helft ontbreekt"
        case .escapeNeedsFourDigits: "na de escape \\u horen vier hexadecimale cijfers"
        case .notUTF8Byte(let byte): "byte \(Found.number(byte)) is geen geldige UTF-8-tekst"
        case .endsInsideCharacter: "het bestand houdt op midden in een UTF-8-teken"
        case .notUTF8: "de bytes hier zijn geen geldige UTF-8-tekst"
        case .numberNeedsDigitAfterMinus: "na ‘-’ hoort in een getal een cijfer"
        case .numberStartsWithZero: "een getal mag niet met 0 beginnen als er nog cijfers volgen"
        case .numberNeedsDigitAfterPoint: "na de decimale punt hoort in een getal een cijfer"
        case .numberNeedsExponentDigits: "de exponent van een getal heeft cijfers nodig"
        }
    }

    private static func hex(_ unit: UInt16) -> String { String(unit, radix: 16) }
}

extension JSONSyntaxFault.Found {
    /// ‘x’ for a character, otherwise the byte's number or the end of the file.
    func text(english: Bool) -> String {
        switch self {
        case .character(let text): "‘\(text)’"
        case .byte(let byte): "byte \(Self.number(byte))"
        case .control(let byte): (english ? "character " : "teken ") + Self.number(byte)
        case .end: english ? "the end of the file" : "het einde van het bestand"
        }
    }

    static func number(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }
}

extension JSONSyntaxFault.Container {
    /// The byte that closes the container.
    var close: Character { self == .object ? "}" : "]" }
    var closeByte: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }

    func name(english: Bool) -> String {
        switch (self, english) {
        case (.object, true): "an object ‘{’"
        case (.list, true): "a list ‘[’"
        case (.object, false): "een object ‘{’"
        case (.list, false): "een lijst ‘[’"
        }
    }
}
