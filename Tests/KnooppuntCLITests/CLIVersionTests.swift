import Foundation
import Testing

/// `knooppunt --version` prints the version and nothing else.
@Suite struct CLIVersionTests {
    @Test func versionPrintsOneLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["--version"], withDataDir: false)
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n").count == 1 && result.stdout.first?.isNumber == true)
    }
}
