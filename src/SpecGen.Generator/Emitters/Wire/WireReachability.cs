using SpecGen.Generator.Plan;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Which schemas get an XML reader (the plan's <see cref="Reachability"/> decides which types are read from the wire).</summary>
    internal static class WireReachability
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TypeMap, HashSet<string>> XmlCache = new System.Runtime.CompilerServices.ConditionalWeakTable<TypeMap, HashSet<string>>();

        /// <summary>
        /// True when <paramref name="schema"/> is read from XML: it is (or is inside) the body of a response whose
        /// <c>formats:</c> lists <c>xml</c>. Other schemas get no XML reader (most responses are JSON only).
        /// </summary>
        public static bool ReadsXml(TypeMap map, string schema) => XmlCache.GetValue(map, static m => Reachability.XmlSide(m.Model, m.Scope)).Contains(schema);
    }
}
