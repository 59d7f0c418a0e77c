using System.Globalization;
using System.Text;

namespace SpecGen.Analyzers.Values
{
    /// <summary>The kinds of JSON values.</summary>
    public enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A JSON value with its position in the text it was read from.</summary>
    public sealed class JsonNode(JsonKind kind, int start, int end)
    {
        public JsonKind Kind { get; } = kind;

        /// <summary>Offset of the first character (the quote of a string).</summary>
        public int Start { get; } = start;

        /// <summary>Offset after the last character.</summary>
        public int End { get; } = end;

        /// <summary>A string's decoded text, or a number's raw text.</summary>
        public string? Text { get; set; }

        public List<JsonMember> Members { get; } = new List<JsonMember>();
        public List<JsonNode> Items { get; } = new List<JsonNode>();

        public JsonMember? Member(string key)
        {
            // A repeated key: the last occurrence wins (JsonElement.TryGetProperty searches from the end).
            for (var i = Members.Count - 1; i >= 0; i--)
            {
                if (Members[i].Key == key) return Members[i];
            }
            return null;
        }

        public string KindName => Kind switch
        {
            JsonKind.Object => "object",
            JsonKind.Array => "array",
            JsonKind.String => "string",
            JsonKind.Number => "number",
            JsonKind.True => "boolean",
            JsonKind.False => "boolean",
            _ => "null",
        };
    }

    /// <summary>One <c>"key": value</c> pair.</summary>
    public sealed class JsonMember(string key, int keyStart, int keyEnd, JsonNode value)
    {
        public string Key { get; } = key;
        public int KeyStart { get; } = keyStart;
        public int KeyEnd { get; } = keyEnd;
        public JsonNode Value { get; } = value;
    }

    /// <summary>A syntax error at an offset.</summary>
    public sealed class JsonError(int offset, string message)
    {
        public int Offset { get; } = offset;
        public string Message { get; } = message;
    }

    /// <summary>
    /// A small JSON reader keeping positions (System.Text.Json is not available to analyzers on every host).
    /// Accepts what the runtime's JsonDocument accepts (JsonReaderDifferentialTests compares them over a corpus):
    /// comments and trailing commas, but no comment between a property name and its colon; at most 64 nested
    /// objects and arrays; no leading zeros; exactly four hex digits after <c>\u</c>; no lone surrogate.
    /// </summary>
    public sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _pos;

        private JsonReader(string text)
        {
            _text = text;
        }

        public static JsonNode? Read(string text, out JsonError? error)
        {
            var reader = new JsonReader(text);
            try
            {
                reader.Skip();
                var node = reader.Value(0);
                reader.Skip();
                if (reader._pos < text.Length) throw new FormatException(reader.At("unexpected '" + text[reader._pos] + "' after the JSON value"));
                error = null;
                return node;
            }
            catch (FormatException e)
            {
                error = new JsonError(reader._errorOffset, e.Message);
                return null;
            }
        }

        private int _errorOffset;

        private string At(string message)
        {
            _errorOffset = Math.Min(_pos, _text.Length);
            return message;
        }

        private void Skip()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') _pos++;
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                {
                    while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
                {
                    var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                    if (end < 0) throw new FormatException(At("unterminated comment"));
                    _pos = end + 2;
                }
                else return;
            }
        }

        private JsonNode Value(int depth)
        {
            if (_pos >= _text.Length) throw new FormatException(At("unexpected end of the JSON text"));
            var c = _text[_pos];
            switch (c)
            {
                case '{': return Object(Nest(depth));
                case '[': return Array(Nest(depth));
                case '"': return String();
                case 't': return Word("true", JsonKind.True);
                case 'f': return Word("false", JsonKind.False);
                case 'n': return Word("null", JsonKind.Null);
            }
            if (c == '-' || IsDigit(c)) return Number();
            throw new FormatException(At("unexpected '" + c + "'"));
        }

        /// <summary>The depth of a container at <paramref name="depth"/> (0 for the root); JsonDocument allows 64 nested containers.</summary>
        private int Nest(int depth)
        {
            if (depth >= MaxDepth) throw new FormatException(At("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture)));
            return depth;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private JsonNode Object(int depth) => Container(JsonKind.Object, '}', depth);

        private JsonNode Array(int depth) => Container(JsonKind.Array, ']', depth);

        /// <summary>An object's members or an array's items, up to <paramref name="close"/>.</summary>
        private JsonNode Container(JsonKind kind, char close, int depth)
        {
            var start = _pos++;
            var members = new List<JsonMember>();
            var items = new List<JsonNode>();
            Skip();
            while (true)
            {
                if (_pos >= _text.Length) throw new FormatException(At("unterminated " + (kind == JsonKind.Object ? "object" : "array") + ": expected '" + close + "'"));
                if (_text[_pos] == close) break;
                if (kind == JsonKind.Object) members.Add(Member(depth));
                else items.Add(Value(depth + 1));
                if (!NextItem(close)) break;
            }
            _pos++;
            var node = new JsonNode(kind, start, _pos);
            node.Members.AddRange(members);
            node.Items.AddRange(items);
            return node;
        }

        private JsonMember Member(int depth)
        {
            if (_text[_pos] != '"') throw new FormatException(At("expected a property name in double quotes"));
            var key = String();
            // White space only: System.Text.Json allows no comment between a property name and its colon.
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\r' || _text[_pos] == '\n')) _pos++;
            if (_pos >= _text.Length || _text[_pos] != ':') throw new FormatException(At("expected ':' after the property name"));
            _pos++;
            Skip();
            return new JsonMember(key.Text!, key.Start, key.End, Value(depth + 1));
        }

        /// <summary>After a member or item: true past a comma (another may follow), false at <paramref name="close"/>.</summary>
        private bool NextItem(char close)
        {
            Skip();
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                _pos++;
                Skip();
                return true;
            }
            if (_pos < _text.Length && _text[_pos] == close) return false;
            throw new FormatException(At("expected ',' or '" + close + "'"));
        }

        private JsonNode String()
        {
            var start = _pos++;
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length) throw new FormatException(At("unterminated string"));
                var c = _text[_pos];
                if (c == '"') break;
                if (c < 0x20) throw new FormatException(At("control character in a string (escape it)"));
                if (c != '\\')
                {
                    if (char.IsSurrogate(c))
                    {
                        if (!char.IsHighSurrogate(c) || _pos + 1 >= _text.Length || !char.IsLowSurrogate(_text[_pos + 1])) throw new FormatException(At("a lone surrogate is not text"));
                        sb.Append(c).Append(_text[_pos + 1]);
                        _pos += 2;
                        continue;
                    }
                    sb.Append(c);
                    _pos++;
                    continue;
                }
                if (_pos + 1 >= _text.Length) throw new FormatException(At("unterminated escape"));
                var e = _text[_pos + 1];
                var simple = SimpleEscapes.IndexOf(e);
                if (simple >= 0)
                {
                    sb.Append(SimpleEscaped[simple]);
                    _pos += 2;
                    continue;
                }
                if (e != 'u') throw new FormatException(At("invalid escape '\\" + e + "'"));
                var code = Hex4(_pos + 2);
                if (char.IsLowSurrogate(code)) throw new FormatException(At("a lone surrogate is not text"));
                if (!char.IsHighSurrogate(code))
                {
                    sb.Append(code);
                    _pos += 6;
                    continue;
                }
                // Only a pair is text: "\ud83d\ude00", never "\ud83d" alone.
                if (_pos + 12 > _text.Length || _text[_pos + 6] != '\\' || _text[_pos + 7] != 'u' || !char.IsLowSurrogate(Hex4(_pos + 8)))
                    throw new FormatException(At("a lone surrogate is not text"));
                sb.Append(code).Append(Hex4(_pos + 8));
                _pos += 12;
            }
            _pos++;
            return new JsonNode(JsonKind.String, start, _pos) { Text = sb.ToString() };
        }

        /// <summary>The one-letter escapes of JSON and, at the same index, the characters they stand for.</summary>
        private const string SimpleEscapes = "\"\\/bfnrt";
        private const string SimpleEscaped = "\"\\/\b\f\n\r\t";

        /// <summary>The character of the four hex digits at <paramref name="at"/> (exactly four: no sign, no white space).</summary>
        private char Hex4(int at)
        {
            if (at + 4 > _text.Length) throw new FormatException(At("invalid \\u escape"));
            var code = 0;
            for (var i = at; i < at + 4; i++)
            {
                var h = _text[i];
                if (!IsHex(h)) throw new FormatException(At("invalid \\u escape"));
                code = code * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            return (char)code;
        }

        private JsonNode Number()
        {
            var start = _pos;
            if (_text[_pos] == '-') _pos++;
            var digits = _pos;
            while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
            if (_pos == digits) throw new FormatException(At("invalid number"));
            if (_pos - digits > 1 && _text[digits] == '0') throw new FormatException(At("a number cannot start with a leading zero"));
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                var frac = _pos;
                while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
                if (_pos == frac) throw new FormatException(At("invalid number"));
            }
            if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                _pos++;
                if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-')) _pos++;
                var exp = _pos;
                while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
                if (_pos == exp) throw new FormatException(At("invalid number"));
            }
            return new JsonNode(JsonKind.Number, start, _pos) { Text = _text.Substring(start, _pos - start) };
        }

        private JsonNode Word(string word, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw new FormatException(At("unexpected '" + _text[_pos] + "'"));
            var start = _pos;
            _pos += word.Length;
            return new JsonNode(kind, start, _pos);
        }
    }
}
