import Testing
import Foundation

@Suite struct CLITests {
    @Test func placeholder() { #expect(Bool(true)) }
}
