// `make bench`: runs one bench group per argument (metrics, layout, render) and prints each figure
// beside the reference tool's figure for the same work, as a ratio. See README, "Figures".
import Foundation

// Line-buffered even into a file or pipe, so a long run shows each figure as it is measured.
setvbuf(stdout, nil, _IOLBF, 0)

let groups = CommandLine.arguments.dropFirst()
for group in groups.isEmpty ? ["metrics", "layout", "render"] : Array(groups) {
    switch group {
    case "metrics": MetricsBench.run()
    case "layout": LayoutBench.run()
    case "render": RenderBench.run()
    default: print("unknown bench group \(group); use metrics, layout or render")
    }
}
