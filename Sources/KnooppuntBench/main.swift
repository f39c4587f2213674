// `make bench`: runs one bench group per argument (metrics, layout, render, merge, pictures, keys, files) and prints
// each figure beside the reference tool's figure for the same work, as a ratio. See README, "Figures".
import Foundation

let groups = CommandLine.arguments.dropFirst()
for group in groups.isEmpty
    ? ["metrics", "layout", "render", "merge", "pictures", "keys", "files"] : Array(groups)
{
    switch group {
    case "metrics": MetricsBench.run()
    case "layout": LayoutBench.run()
    case "render": RenderBench.run()
    case "merge": MergeBench.run()
    case "pictures": PictureBench.run()
    case "keys": KeysBench.run()
    case "files": FilesBench.run()
    default:
        print("unknown bench group \(group); use metrics, layout, render, merge, pictures, keys or files")
    }
}
