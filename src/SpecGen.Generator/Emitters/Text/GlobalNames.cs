namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// The <c>global::</c>-qualified prefixes generated code names the runtime and the framework by: one spelling, so a
    /// moved runtime namespace is one edit. Emitters read them with <c>using static</c>.
    /// </summary>
    internal static class GlobalNames
    {
        public const string Http = "global::SpecGen.Runtime.Http.";
        public const string Wire = "global::SpecGen.Runtime.Wire.";
        public const string Ext = "global::SpecGen.Extensions.";
        public const string Di = "global::Microsoft.Extensions.DependencyInjection.";
    }
}
