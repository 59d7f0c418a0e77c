namespace SpecGen.Spec.Reading
{
    /// <summary>
    /// What the spec accepts as a <c>csharp:</c> name: a plain C# identifier, written into code as is. The generator
    /// escapes the names it derives with the same keyword list.
    /// </summary>
    public static class CSharpIdentifier
    {
        private static readonly string[] Keywords =
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>True for a C# keyword (which needs <c>@</c> to be a name).</summary>
        public static bool IsKeyword(string name) => System.Array.IndexOf(Keywords, name) >= 0;

        /// <summary>True for an ASCII identifier that is no keyword: a letter or '_', then letters, digits or '_'.</summary>
        public static bool IsValid(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || IsKeyword(name)) return false;
            foreach (var c in name)
            {
                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_'))) return false;
            }
            return true;
        }
    }
}
