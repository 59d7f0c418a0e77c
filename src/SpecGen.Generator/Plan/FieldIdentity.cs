using System.Runtime.CompilerServices;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>Compares fields by identity: two equal fields of different classes are different properties.</summary>
    internal sealed class FieldIdentity : IEqualityComparer<FieldSpec>
    {
        public static readonly FieldIdentity Instance = new FieldIdentity();

        public bool Equals(FieldSpec? x, FieldSpec? y) => ReferenceEquals(x, y);

        public int GetHashCode(FieldSpec obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
