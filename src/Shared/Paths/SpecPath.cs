using System;
using System.Collections.Generic;

namespace SpecGen.Shared.Paths
{
    /// <summary>
    /// One step of a field path: the field's wire name (without <c>[]</c>), whether <c>[]</c> then steps into every
    /// item of the array, and the path up to and including this step as written (<c>sections[].rows[]</c>).
    /// </summary>
    internal readonly record struct SpecPathStep(string Name, bool IntoItems, string Prefix);

    /// <summary>
    /// The spec language's field paths (<c>action.sections[].rows[].id</c>: rule targets, conditions, uniqueness
    /// scopes), split in one place. Resolving a step against fields or values is the caller's business.
    /// </summary>
    internal static class SpecPath
    {
        /// <summary>The marker that steps into the items of an array.</summary>
        public const string Items = "[]";

        /// <summary>The steps of <paramref name="path"/>, in order.</summary>
        public static IReadOnlyList<SpecPathStep> Steps(string path)
        {
            var segments = path.Split('.');
            var steps = new SpecPathStep[segments.Length];
            var prefix = string.Empty;
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                var intoItems = segment.EndsWith(Items, StringComparison.Ordinal);
                prefix = i == 0 ? segment : prefix + "." + segment;
                steps[i] = new SpecPathStep(intoItems ? segment.Substring(0, segment.Length - Items.Length) : segment, intoItems, prefix);
            }
            return steps;
        }

        /// <summary>True when the path steps into an array anywhere.</summary>
        public static bool StepsIntoItems(string path) => path.IndexOf(Items, StringComparison.Ordinal) >= 0;
    }
}
