/// A node's place in layout space: an isotropic plane where one unit is as wide as it is tall (the
/// drawing code corrects for terminal cells being about twice as tall as wide).
public struct LayoutPoint: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) { (self.x, self.y) = (x, y) }
}
