namespace SpecGen.Cli.OpenApi
{
    /// <summary>A parameter or field being imported; <see cref="Build"/> writes it in the spec language's key order.</summary>
    internal sealed class FieldBuilder
    {
        public string Type { get; set; } = "string";
        public string? Items { get; set; }
        public bool Required { get; set; }
        public string? Default { get; set; }
        public string? Description { get; set; }
        public string? In { get; set; }
        public string? XmlName { get; set; }
        public string? XmlItem { get; set; }
        public string? WireName { get; set; }
        public string? CSharp { get; set; }

        /// <summary>caller_name and caller-name both derive CallerName: the later one gets an explicit, distinct C# name.</summary>
        public void AvoidNameClash(HashSet<string> taken)
        {
            var pascal = Names.Pascal(WireName ?? "value");
            if (taken.Add(pascal)) return;
            var name = pascal;
            for (var i = 2; !taken.Add(name); i++) name = pascal + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            CSharp = name;
        }

        /// <summary>uniqueItems: written as a <c>unique</c> rule on the owning schema or operation.</summary>
        public bool UniqueItems { get; set; }

        public List<Dictionary<string, object?>> Rules { get; } = new List<Dictionary<string, object?>>();
        public List<string> Notes { get; } = new List<string>();

        public void Rule(Dictionary<string, object?> rule) => Rules.Add(rule);

        public Dictionary<string, object?> Build()
        {
            var map = new Dictionary<string, object?> { ["type"] = Type };
            if (Items is not null) map["items"] = Items;
            if (Required) map["required"] = true;
            if (Default is not null) map["default"] = Default;
            if (Description is not null) map["description"] = Description;
            if (In is not null) map["in"] = In;
            // An XML element name that differs from the JSON name is read through an alias (messageId for message-id).
            if (XmlName is not null && XmlName != WireName) map["aliases"] = new List<object?> { XmlName };
            if (CSharp is not null) map["csharp"] = CSharp;
            if (XmlItem is not null) map["xml_item"] = XmlItem;
            if (Rules.Count > 0) map["rules"] = new List<object?>(Rules);
            if (Notes.Count > 0) map["note"] = string.Join(" ", Notes);
            return map;
        }
    }
}
