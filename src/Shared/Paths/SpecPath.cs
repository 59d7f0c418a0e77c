using System;
using System.Collections.Generic;

namespace SpecGen.Shared.Paths
{
    /// <summary>One step of a field path: a wire name, and whether <c>[]</c> then steps into the items of an array.</summary>
    internal readonly struct SpecPathStep
    {
        public SpecPathStep(string name, bool intoItems, string prefix)
        {
            Name = name;
            IntoItems = intoItems;
            Prefix = prefix;
        }

        /// <summary>The field's wire name (without <c>[]</c>).</summary>
        public string Name { get; }

        /// <summary>True when the segment ends in <c>[]</c>: the path continues in every item of the array.</summary>
        public bool IntoItems { get; }

        /// <summary>The path up to and including this step, as written (<c>sections[].rows[]</c>).</summary>
        public string Prefix { get; }
    }

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
