using System.Globalization;
using SpecGen.Generator.Emitters;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The naming rules of the bindings, one function per kind of name. Only <see cref="BindingPlanner"/> calls them
    /// (and the thin views kept for callers that hold no plan), so a rule changes in one place.
    /// </summary>
    internal static class Naming
    {
        /// <summary>The spec's namespace (<c>namespace:</c>, else Provider.Version) under the project's root namespace.</summary>
        public static string Namespace(SpecHeader header, string? rootNamespace)
        {
            var ns = header.Namespace ?? CSharp.Pascal(header.Provider) + "." + CSharp.Pascal(header.Version);
            return string.IsNullOrEmpty(rootNamespace) ? ns : rootNamespace + "." + ns;
        }

        /// <summary>A spec type's C# name: unions are interfaces (<c>I</c>), code tables end in <c>Code</c>.</summary>
        public static string Type(string specName, string kind) =>
            kind == TypeKinds.Union ? "I" + CSharp.Pascal(specName)
            : kind == TypeKinds.CodeTable ? CSharp.Pascal(specName) + "Code"
            : CSharp.Pascal(specName);

        /// <summary>A code table's type: the spec's <c>csharp:</c> name, else <see cref="Type"/>'s rule.</summary>
        public static string CodeTable(CodeTableSpec table) => table.CSharpName ?? Type(table.Name, TypeKinds.CodeTable);

        /// <summary>A union's array type (<c>McActionSequence</c>).</summary>
        public static string Sequence(string unionName) => CSharp.Pascal(unionName) + "Sequence";

        /// <summary>A union sequence's method that appends a variant of type <paramref name="variantType"/> (<c>AddPlayAction</c>).</summary>
        public static string SequenceAdder(string variantType) => "Add" + variantType;

        /// <summary>A union's unknown-variant type (<c>UnknownMcAction</c>).</summary>
        public static string Unknown(string unionName) => "Unknown" + CSharp.Pascal(unionName);

        /// <summary>
        /// An operation's class: the spec's <c>csharp:</c> name, else the operation name with <c>Request</c> (endpoint) or
        /// <c>Event</c> (webhook) appended.
        /// </summary>
        public static string OperationClass(OperationSpec op) => op.CSharpName ?? CSharp.Pascal(op.Name) + (op.IsWebhook ? "Event" : "Request");

        /// <summary>An endpoint's client method (<c>SendSmsAsync</c>) or a webhook's definition property (<c>DeliveryReport</c>).</summary>
        public static string OperationMember(OperationSpec op) => CSharp.Pascal(op.Name) + (op.IsWebhook ? string.Empty : "Async");

        /// <summary>A field's property: the spec's <c>csharp:</c> name, else the wire name without the spec's <c>strip_prefix</c>, in PascalCase.</summary>
        public static string Property(FieldSpec field, string? stripPrefix)
        {
            if (field.CSharpName is { } explicitName) return explicitName;
            return CSharp.Pascal(WithoutPrefix(field.WireName, stripPrefix));
        }

        /// <summary>A wire name without the spec's <c>strip_prefix</c> (kept whole when it is only the prefix).</summary>
        public static string WithoutPrefix(string wire, string? stripPrefix) =>
            stripPrefix is not null && wire.StartsWith(stripPrefix, StringComparison.Ordinal) && wire.Length > stripPrefix.Length ? wire.Substring(stripPrefix.Length) : wire;

        /// <summary>A value-set member from the value's words (at most five): "Invalid sender id" → <c>InvalidSenderId</c>.</summary>
        public static string ValueMember(string text)
        {
            var words = text.Split(new[] { ' ', '.', ',', ':', ';', '(', ')', '\'', '"', '/', '-' }, StringSplitOptions.RemoveEmptyEntries).Take(5);
            return CSharp.Pascal(string.Join(" ", words));
        }

        /// <summary>
        /// Makes value-set members unique in declaration order: a name already used gets <c>_</c> and the value
        /// appended ("Unknown error" twice → <c>UnknownError</c>, <c>UnknownError_42</c>); a name still taken after
        /// that gives no member (null).
        /// </summary>
        public static List<string?> UniqueMembers(string typeName, IEnumerable<(string WireText, string Member)> members)
        {
            var used = new HashSet<string>(ClassMembers.ValueSet, StringComparer.Ordinal) { typeName };
            var names = new List<string?>();
            foreach (var (wireText, member) in members)
            {
                if (used.Add(member)) names.Add(member);
                else
                {
                    var numbered = member + "_" + CSharp.Pascal(wireText);
                    names.Add(used.Add(numbered) ? numbered : null);
                }
            }
            return names;
        }

        /// <summary>A lookup table's static class (<c>Networks</c>).</summary>
        public static string Lookup(string lookupName) => CSharp.Pascal(lookupName);

        /// <summary>A lookup table's row type (<c>NetworksRow</c>); a run of rows is its plural (<c>NetworksRows</c>).</summary>
        public static string LookupRow(string lookupName) => CSharp.Pascal(lookupName) + "Row";

        /// <summary>An endpoint's operation-info member on the client (<c>SendSmsOperation</c>).</summary>
        public static string OperationInfo(OperationSpec op) => CSharp.Pascal(op.Name) + "Operation";

        /// <summary>The private field behind a member (<c>_sendSmsOperation</c>).</summary>
        public static string Field(string member) => "_" + char.ToLowerInvariant(member[0]) + member.Substring(1);

        /// <summary>The prefix of an endpoint's per-response status rules (<c>StatusRuleOfSendSms</c> + index).</summary>
        public static string StatusRule(OperationSpec op) => "StatusRuleOf" + CSharp.Pascal(op.Name);

        /// <summary>The prefix of an endpoint's per-response body inspectors (<c>InspectSendSms</c> + index).</summary>
        public static string Inspect(OperationSpec op) => "Inspect" + CSharp.Pascal(op.Name);

        /// <summary>The class of an endpoint's several success shapes (<c>GetStatusVariants</c>).</summary>
        public static string Variants(OperationSpec op) => CSharp.Pascal(op.Name) + "Variants";

        /// <summary>A code table's raw-code lookup on the client (<c>CodeOfErrorCode</c>).</summary>
        public static string CodeOf(CodeTableSpec table) => "CodeOf" + CSharp.Pascal(table.Name);

        /// <summary>A code table's success codes on the client (<c>SuccessCodesOfErrorCode</c>).</summary>
        public static string SuccessCodesOf(CodeTableSpec table) => "SuccessCodesOf" + CSharp.Pascal(table.Name);

        /// <summary>A lookup column's row property (<c>mcc</c> → <c>Mcc</c>).</summary>
        public static string LookupColumn(string column) => CSharp.Pascal(column);

        /// <summary>The method that finds a row by the lookup's key (<c>TryGetByMccmnc</c>).</summary>
        public static string LookupKeyMethod(string key) => "TryGetBy" + CSharp.Pascal(key);

        /// <summary>An index's method: <c>By</c> and the columns joined by <c>And</c> (<c>ByMccAndMnc</c>).</summary>
        public static string LookupIndexMethod(IEnumerable<string> columns) => "By" + string.Join("And", columns.Select(CSharp.Pascal));

        /// <summary>A parameter named after a column (<c>mcc</c>), or after several joined (<c>mccMnc</c>).</summary>
        public static string Parameter(IEnumerable<string> columns) => CSharp.Local(string.Concat(columns.Select(CSharp.Pascal)));

        /// <summary><paramref name="name"/>, or with the first free number from 2 appended; the result is added to <paramref name="taken"/>.</summary>
        public static string Unique(string name, ISet<string> taken)
        {
            var result = name;
            for (var i = 2; taken.Contains(result); i++) result = name + i.ToString(CultureInfo.InvariantCulture);
            taken.Add(result);
            return result;
        }
    }
}
