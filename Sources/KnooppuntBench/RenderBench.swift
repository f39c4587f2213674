// STUB: replaced by the issue that measures this.
enum RenderBench {
    static func run() { print("Render bench: not built yet") }
}
