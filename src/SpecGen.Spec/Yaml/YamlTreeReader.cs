using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecGen.Spec.Yaml
{
    /// <summary>
    /// Turns YAML text into a <see cref="YamlNode"/> tree through YamlDotNet's event parser, so every
    /// node keeps its line and column. Never throws: syntax errors become SG1001 diagnostics.
    /// </summary>
    public static class YamlTreeReader
    {
        /// <summary>Deeper nesting than this is refused (protects the stack against hostile input).</summary>
        public const int MaxDepth = 64;

        /// <summary>Reads the first document of the text; returns null when there is none or it is broken.</summary>
        public static YamlNode? Read(string file, string text, List<SpecDiagnostic> diagnostics)
        {
            try
            {
                var parser = new Parser(new StringReader(text));
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _))
                {
                    return null;
                }
                parser.Consume<DocumentStart>();
                var root = ReadNode(parser, file, diagnostics, 0);
                parser.Consume<DocumentEnd>();
                if (!parser.Accept<StreamEnd>(out _) && parser.Current is { } next)
                {
                    diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(file, (int)next.Start.Line, (int)next.Start.Column, "A second YAML document in one file"));
                }
                return root;
            }
            catch (YamlException e)
            {
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(file, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), Clean(e.Message)));
                return null;
            }
            catch (TooDeepException e)
            {
                diagnostics.Add(SpecDiagnostics.TooDeep.Create(file, e.Line, e.Column, MaxDepth));
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException || e is ArgumentException || e is FormatException || e is OverflowException)
            {
                // YamlDotNet reports a few malformed inputs with BCL exceptions; they are still syntax errors.
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(file, 1, 1, Clean(e.Message)));
                return null;
            }
        }

        private static string Clean(string message)
        {
            // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is reported separately.
            var index = message.IndexOf("): ", StringComparison.Ordinal);
            var text = index >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(index + 3) : message;
            return text.TrimEnd('.');
        }

        private static SourceSpan SpanOf(string file, ParsingEvent e) => new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column);

        private static YamlNode ReadNode(IParser parser, string file, List<SpecDiagnostic> diagnostics, int depth)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of input");
            if (depth > MaxDepth)
            {
                throw new TooDeepException((int)current.Start.Line, (int)current.Start.Column);
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    ReportAnchor(scalar.Anchor, scalar, file, diagnostics);
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, SpanOf(file, scalar));
                case SequenceStart start:
                {
                    parser.MoveNext();
                    ReportAnchor(start.Anchor, start, file, diagnostics);
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file, diagnostics, depth + 1));
                    }
                    return new YamlSequence(items, SpanOf(file, start));
                }
                case MappingStart start:
                {
                    parser.MoveNext();
                    ReportAnchor(start.Anchor, start, file, diagnostics);
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, file, diagnostics, depth + 1);
                        var value = ReadNode(parser, file, diagnostics, depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(keyNode.Span, "A " + keyNode.KindName + " used as a mapping key"));
                            continue;
                        }
                        if (!seen.Add(key.Value))
                        {
                            diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(key.Span, key.Value));
                            continue;
                        }
                        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                    }
                    return new YamlMapping(entries, SpanOf(file, start));
                }
                case AnchorAlias alias:
                    parser.MoveNext();
                    diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(SpanOf(file, alias), "The alias '*" + alias.Value + "'"));
                    return new YamlScalar(string.Empty, true, SpanOf(file, alias));
                default:
                    throw new YamlException(current.Start, current.End, "Unexpected " + current.GetType().Name);
            }
        }

        private static void ReportAnchor(AnchorName anchor, ParsingEvent e, string file, List<SpecDiagnostic> diagnostics)
        {
            if (!anchor.IsEmpty)
            {
                diagnostics.Add(SpecDiagnostics.UnsupportedYaml.Create(SpanOf(file, e), "The anchor '&" + anchor.Value + "'"));
            }
        }

        private sealed class TooDeepException : Exception
        {
            public TooDeepException(int line, int column)
            {
                Line = line;
                Column = column;
            }

            public int Line { get; }

            public int Column { get; }
        }
    }
}
