import Foundation
import Testing

/// `show ecogram` and `show netwerkanalyse` print the picture for a page or a projector: no keys to
/// press, so no key hints (the interface's title row says "Tab: netwerkanalyse", its details pane
/// "Pijltjes kiezen een persoon.").
@Suite struct CLIShowNetworksTests {
    @Test func printedNetworksCarryNoKeyHints() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo"]).status == 0)
        for (view, shows) in [
            ("ecogram", "Ecogram: Gemma"), ("netwerkanalyse", "Netwerkanalyse: Literatuur"),
        ] {
            let out = try cli.run(["show", view, "--section", "sectie-engels", "--lang", "nl"])
            #expect(out.status == 0, "\(view): \(out.stderr)")
            #expect(out.stdout.contains(shows), "\(view)")
            for hint in ["Tab:", "Pijltjes", " = ", "n = nieuw", "a = ", "s = "] {
                #expect(!out.stdout.contains(hint), "show \(view) prints the key hint \(hint)")
            }
        }
        let english = try cli.run(["show", "ecogram", "--section", "sectie-engels", "--lang", "en"])
        #expect(!english.stdout.contains("Tab:") && !english.stdout.contains("Arrows select"))
    }
}
