// STUB: replaced by the issue that measures this.
enum MetricsBench {
    static func run() { print("Metrics bench: not built yet") }
}
