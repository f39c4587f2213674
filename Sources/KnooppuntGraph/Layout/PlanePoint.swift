/// A point in layout space: isotropic, one unit as wide as it is tall. Terminal cells are about twice
/// as tall as wide, so only the step to cells (`LabelPlacement`) knows about cell shape.
public struct PlanePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) { (self.x, self.y) = (x, y) }

    public static let zero = PlanePoint(x: 0, y: 0)

    public func distance(to other: PlanePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}
