using SpecGen.Generator.Plan;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// The typed shortcut of a response's status rule (<c>StatusRule.Holds</c>): true when every object the rule judges
    /// (the body, or each item of its array) has every field the rule requires, read from the value the generated reader
    /// built. The rule then holds whatever the codes say, so the transport skips its second walk over the bytes. It is
    /// emitted only where the typed value cannot see a field the bytes lack: no aliases (the rule names the documented
    /// member), no fixed values, and types whose presence the value shows (text not blank, numbers and booleans set).
    /// Where it is not emitted, the rule walks the bytes as before.
    /// </summary>
    internal static class StatusHoldsEmitter
    {
        /// <summary>The method's body lines for <paramref name="schema"/>'s rule, or null when a field's presence is not visible in the value.</summary>
        public static string? Body(TypeMap map, SchemaSpec schema, BodyStatusSpec status, string bodyType)
        {
            if (status.Requires.Count == 0) return null;
            FieldSpec? itemsField = null;
            SchemaSpec? itemSchema = null;
            var missing = new List<string>();
            foreach (var path in status.Requires)
            {
                var field = ClientEmitter.FieldAt(map, schema, path, out var owner, out var items);
                if (field is null || field.Aliases.Count > 0) return null;
                var relative = items is null ? path : path.Substring(items.WireName.Length + 3);
                if (relative.IndexOf('.') >= 0 || relative.IndexOf('[') >= 0) return null;
                if ((items is null) != (status.ItemsPath is null) || (items is not null && items.WireName != status.ItemsPath)) return null;
                if (items is not null)
                {
                    if (items.Aliases.Count > 0 || (itemsField is not null && itemsField != items)) return null;
                    itemsField = items;
                    itemSchema = owner;
                }
                if (!Absence(map, owner, field, items is null ? "b" : "item", out var absent)) return null;
                if (absent is not null) missing.Add(absent);
            }
            if (itemsField is null)
            {
                var holds = missing.Count == 0 ? "true" : "!(" + string.Join(" || ", missing) + ")";
                return $$"""
                    var b = ({{bodyType}})body;
                    return {{holds}};
                    """;
            }
            var list = Property(map, schema, itemsField);
            if (list is null || list.Shape.Collection == PropertyCollections.Single || itemSchema is null) return null;
            var itemAbsent = string.Join(" || ", new[] { "item is null" }.Concat(missing));
            // Indexed, not foreach: an interface enumerator would allocate on every answer.
            return $$"""
                var b = ({{bodyType}})body;
                if (b.{{list.Name}} is not { } items) return true;
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if ({{itemAbsent}}) return false;
                }
                return true;
                """;
        }

        /// <summary>
        /// The test that a read field was absent or blank, as the rule's walk over the bytes tests it (null: it is never
        /// absent); false when the value cannot show it.
        /// </summary>
        private static bool Absence(TypeMap map, SchemaSpec owner, FieldSpec field, string target, out string? absent)
        {
            absent = null;
            if (Property(map, owner, field) is not { Shape: { Fixed: null } shape } property || shape.Collection != PropertyCollections.Single) return false;
            var access = target + "." + property.Name;
            switch (field.Type.Name)
            {
                case PrimitiveTypes.String:
                case PrimitiveTypes.Phone:
                    absent = "string.IsNullOrWhiteSpace(" + access + ")";
                    return shape.Type == "string";
                case PrimitiveTypes.Int:
                case PrimitiveTypes.Long:
                case PrimitiveTypes.Decimal:
                case PrimitiveTypes.Bool:
                    // A required field the read could not fill is drift, and a read with drift never comes here.
                    absent = shape.Nullable ? access + " is null" : null;
                    return true;
                default:
                    return false;
            }
        }

        private static PropertyBinding? Property(TypeMap map, SchemaSpec owner, FieldSpec field)
        {
            if (map.Names.Type(owner.Name) is not { } type) return null;
            foreach (var p in type.Properties)
            {
                if (p.Wire == field.WireName) return p;
            }
            return null;
        }
    }
}
