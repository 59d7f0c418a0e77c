using System.Text;

namespace SpecGen.Generator.Emitters
{
    /// <summary>An indented text writer for generated C# (cheaper and clearer than SyntaxFactory).</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            return this;
        }

        /// <summary>
        /// Writes a multi-line block (a raw string template) line by line at the current indentation; blank lines stay
        /// blank, so a template ending in an empty line writes one.
        /// </summary>
        public SourceWriter Lines(string block)
        {
            foreach (var line in block.Replace("\r\n", "\n").Split('\n')) Line(line);
            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>Writes a summary doc comment, escaping XML and splitting lines.</summary>
        public SourceWriter Doc(string? text, string? note = null)
        {
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(note)) return this;
            return DocXml(Escape(text ?? string.Empty), string.IsNullOrWhiteSpace(note) ? null : Escape(note!));
        }

        /// <summary>
        /// Writes a doc comment from XML the caller built (text parts already escaped with <see cref="Escape"/>),
        /// so markup such as <c>&lt;c&gt;</c> renders instead of showing as text.
        /// </summary>
        public SourceWriter DocXml(string summaryXml, string? remarksXml)
        {
            Line("/// <summary>");
            foreach (var l in SplitXml(summaryXml)) Line("/// " + l);
            Line("/// </summary>");
            if (!string.IsNullOrWhiteSpace(remarksXml))
            {
                Line("/// <remarks>");
                foreach (var l in SplitXml(remarksXml)) Line("/// " + l);
                Line("/// </remarks>");
            }
            return this;
        }

        private static string[] SplitXml(string? xml) =>
            (xml ?? string.Empty).Replace("\r\n", "\n").Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);

        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        public override string ToString() => _text.ToString();
    }
}
