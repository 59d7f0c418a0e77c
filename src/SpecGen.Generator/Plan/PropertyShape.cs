namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The C# shape of one generated property, decided once by the plan (<see cref="TypeShapes"/>): the declared type,
    /// whether it is nullable or <c>required</c>, whether it holds one value, a list or one-or-many, what kind of spec
    /// type its element is (an enum or code table is a value set; a string with allowed values stays a string), and the
    /// fixed value of a get-only property (a variant's discriminator, a field allowed one value).
    /// </summary>
    /// <param name="Type">The C# type without the nullable mark (<c>string</c> for a fixed value).</param>
    /// <param name="Nullable">True when the property's type takes <c>?</c>.</param>
    /// <param name="Required">True when the property is a <c>required</c> member.</param>
    /// <param name="Collection">One of <see cref="PropertyCollections"/>.</param>
    /// <param name="Element">The spec kind of the element: a primitive's name, or one of <see cref="TypeKinds"/>.</param>
    /// <param name="IsValueType">True when the declared type is a C# value type (an optional one is <c>T?</c> = <c>Nullable&lt;T&gt;</c>).</param>
    /// <param name="Fixed">The value a get-only property always has; null for a settable property.</param>
    public sealed record PropertyShape(string Type, bool Nullable, bool Required, string Collection, string Element, bool IsValueType, string? Fixed = null);

    /// <summary>How many values a property holds (<see cref="PropertyShape.Collection"/>).</summary>
    public static class PropertyCollections
    {
        public const string Single = "single";
        public const string List = "list";
        public const string OneOrMany = "one_or_many";
    }
}
