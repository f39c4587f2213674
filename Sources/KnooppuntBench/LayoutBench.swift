// STUB: replaced by the issue that measures this.
enum LayoutBench {
    static func run() { print("Layout bench: not built yet") }
}
