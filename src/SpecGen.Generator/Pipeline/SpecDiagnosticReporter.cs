using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Spec.Diagnostics;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>Turns spec diagnostics into Roslyn diagnostics located in the YAML file.</summary>
    public static class SpecDiagnosticReporter
    {
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new ConcurrentDictionary<string, DiagnosticDescriptor>();

        /// <summary>The Roslyn descriptor of a spec diagnostic ID.</summary>
        public static DiagnosticDescriptor Descriptor(string id)
        {
            return Descriptors.GetOrAdd(id, key =>
            {
                foreach (var d in SpecDiagnostics.All)
                {
                    if (d.Id == key)
                    {
                        return new DiagnosticDescriptor(d.Id, d.Title, "{0}", "SpecGen.Spec", d.Severity == SpecSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: d.HelpLink);
                    }
                }
                return new DiagnosticDescriptor(key, "Spec problem", "{0}", "SpecGen.Spec", DiagnosticSeverity.Error, isEnabledByDefault: true);
            });
        }

        /// <summary>A Roslyn diagnostic at the spec file's line and column.</summary>
        public static Diagnostic ToDiagnostic(SpecDiagnostic d)
        {
            var position = new LinePosition(System.Math.Max(0, d.Line - 1), System.Math.Max(0, d.Column - 1));
            var location = Location.Create(d.File, default, new LinePositionSpan(position, position));
            return Diagnostic.Create(Descriptor(d.Id), location, d.Message);
        }
    }
}
