import Testing
@testable import KnooppuntTerminal

@Suite struct TerminalTests {
    @Test func moduleLinks() { #expect(TerminalScreen.isAvailable) }
}
