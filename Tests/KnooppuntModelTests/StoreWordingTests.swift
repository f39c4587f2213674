import Foundation
import Testing

@testable import KnooppuntModel

/// A corrupt section file and a failed export write reach the user through the command line and the
/// status line, so their reasons are worded in the user's language like every other store error.
@Suite struct StoreWordingTests {
    /// One document per kind of syntax fault the locator finds.
    static let broken: [(text: String, fault: JSONSyntaxFault)] = [
        ("", .empty),
        ("{} x", .afterDocument(.character("x"))),
        ("[", .endsBeforeValue),
        ("[?]", .expectedValue(.character("?"))),
        ("{\"a\": 1", .endsInside(.object)),
        ("[1 2]", .expectedSeparator(.list, .character("2"))),
        ("{1: 2}", .expectedFieldName(.character("1"))),
        ("{\"a\" 2}", .expectedColon(field: "a", .character("2"))),
        ("\"open", .unclosedText),
        ("\"a\u{7}\"", .controlCharacter(.control(7))),
        ("\"\\q\"", .notAnEscape("q")),
        ("\"\\ud800\"", .missingSecondHalf(0xD800)),
        ("\"\\udc00\"", .missingFirstHalf(0xDC00)),
        ("\"\\u12\"", .escapeNeedsFourDigits),
        ("-x", .numberNeedsDigitAfterMinus),
        ("01", .numberStartsWithZero),
        ("1.", .numberNeedsDigitAfterPoint),
        ("1e", .numberNeedsExponentDigits),
    ]

    @Test func theLocatorNamesEachFaultAndWordsItInBothLanguages() {
        for (text, expected) in Self.broken {
            let fault = JSONFaultLocator.firstFault(in: Data(text.utf8))
            #expect(fault?.reason == expected, "\(text.debugDescription): \(String(describing: fault))")
            let dutch = expected.text(english: false)
            let english = expected.text(english: true)
            #expect(dutch != english, "\(expected) has no Dutch of its own")
            #expect(english == expected.description)
            // English words that never occur in the Dutch sentences.
            for word in [" the ", "expected", " but ", "found", " file "] {
                #expect(!dutch.contains(word), "\(dutch)")
            }
        }
    }

    @Test func aCorruptFilesMessageIsDutchOrEnglish() throws {
        let scratch = StoreScratch()
        try scratch.write("{\n  \"schemaVersion\": 1,\n  \"revision\" 2\n}\n", as: "kapot")
        var caught: StoreError?
        do { _ = try scratch.store().load("kapot") } catch let error as StoreError { caught = error }
        let error = try #require(caught)
        let path = scratch.file("kapot").path
        #expect(
            error.text(english: false)
                == "\(path) regel 3, kolom 14: na de veldnaam \"revision\" hoort ‘:’, maar er staat ‘2’; het bestand is niet aangeraakt — herstel het met de hand of haal het uit de gegevensmap (er is geen reservekopie van)."
        )
        #expect(
            error.text(english: true)
                == "\(path) line 3, column 14: expected ‘:’ after the field name \"revision\" but found ‘2’; the file was left untouched — fix it by hand or move it out of the data directory (there is no backup of it)."
        )
    }

    @Test func aFailedWriteIsDutchOrEnglish() throws {
        let scratch = StoreScratch()
        // A file stands where the export's folder should be.
        try FileManager.default.createDirectory(at: scratch.root, withIntermediateDirectories: true)
        let blocker = scratch.root.appendingPathComponent("map")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("export.md")
        var caught: DurableWrite.Failure?
        do { try DurableWrite.replace(Data("y".utf8), at: target) } catch { caught = error }
        let failure = try #require(caught)
        #expect(failure.text(english: true) == failure.description)
        #expect(failure.description.hasPrefix("Could not create a temporary file in \(blocker.path): "))
        #expect(
            failure.text(english: false).hasPrefix(
                "Een tijdelijk bestand maken in \(blocker.path) lukte niet: "))
        #expect(failure.text(english: false).hasSuffix("kijk de rechten en de vrije ruimte van de map na."))
    }
}
