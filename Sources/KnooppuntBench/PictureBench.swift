import Foundation
import KnooppuntModel
import KnooppuntResources
import KnooppuntUI

/// `make bench BENCH=pictures`: screen 3 with the demo ecogram (ten contacts on three rings, thirteen
/// ties), per size: the time to build the grid (`App.render`, with the rings, sector lines and marks
/// along the lines) and the time of one arrow key (`App.update`, which places the labels to find the
/// person seen in that direction), each as a fraction of one 60 Hz frame (16.7 ms); medians of many runs.
enum PictureBench {
    static let frameSeconds = 1.0 / 60

    static func run() {
        print("Picture bench (demo ecogram on screen 3; reference: one 60 Hz frame = 16.7 ms)")
        guard let section = demo() else {
            print("  the demo section could not be read; nothing measured")
            return
        }
        for (width, height) in [(80, 24), (200, 60)] {
            var state = AppState(
                options: AppOptions(language: .nl, color: true, today: Day(year: 2026, month: 11, day: 21)),
                sections: [])
            _ = App.update(&state, .resize(width: width, height: height))
            _ = App.update(&state, .app(.opened(slug: "bench", section: section, revision: 1)))
            _ = App.update(&state, .key(.character("3")))
            _ = App.update(&state, .key(.right))
            let grid = App.render(state, width: width, height: height)
            if !grid.plainText().contains("Ecogram: Gemma") {
                print("  WARNING: the rendered grid is not the ecogram; the figures may not be this screen")
            }
            let render = median {
                App.render(state, width: width, height: height).cells.count
            }
            // Each run moves right from the centre, as a user does; the selection is put back after.
            let centre = state.networks.view.selected
            let arrow = median {
                var copy = state
                copy.networks.view.selected = centre
                _ = App.update(&copy, .key(.right))
                return copy.networks.view.selected == nil ? 0 : 1
            }
            print(
                String(
                    format:
                        "  %d×%d: render median %.3f ms = %.3f of a frame; arrow key median %.3f ms = %.3f of a frame",
                    width, height, render * 1000, render / frameSeconds, arrow * 1000, arrow / frameSeconds))
        }
    }

    static func demo() -> Section? {
        guard let data = try? KnooppuntResources.data("demo/sectie-engels.json"),
            var section = try? JSONDecoder().decode(Section.self, from: data),
            let nets = try? KnooppuntResources.data("demo/sectie-engels-netwerken.json"),
            let networks = try? JSONDecoder().decode(Networks.self, from: nets)
        else { return nil }
        section.networks = networks
        return section
    }

    /// Median seconds of `work` after a warm-up: at least 50 runs and at most ~2 s.
    static func median(_ work: () -> Int) -> Double {
        var sink = 0
        for _ in 0..<5 { sink &+= work() }
        var samples: [Double] = []
        let budget = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        while samples.count < 50 || (samples.count < 1000 && DispatchTime.now().uptimeNanoseconds < budget) {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if sink == 42 { print("") }  // keeps the optimiser from dropping the work
        return samples.sorted()[samples.count / 2]
    }
}
