using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Spec.Merging
{
    /// <summary>
    /// Resolves <c>extends: provider/version</c> after merging: a spec (typically a user's own gateway) takes from the
    /// compiled spec it extends the shared blocks it does not set itself — base_url, strip_prefix, auth,
    /// response_format, method_override — and the enums and code tables it does not define. Operations, schemas,
    /// unions and lookups are not inherited: they are the spec's own API. Then checks that an endpoint has a base URL.
    /// </summary>
    internal static class SpecExtension
    {
        public static List<SpecModel> Apply(List<SpecModel> models, List<SpecDiagnostic> diagnostics)
        {
            var byId = models.ToDictionary(m => m.Id, StringComparer.Ordinal);
            var result = new List<SpecModel>(models.Count);
            foreach (var model in models)
            {
                var extended = model;
                if (model.Header.Extends is { } baseId)
                {
                    if (baseId != model.Id && byId.TryGetValue(baseId, out var @base) && @base.Header.Extends is null)
                    {
                        extended = Extend(model, @base);
                    }
                    else
                    {
                        var known = string.Join(", ", models.Where(m => m.Id != model.Id && m.Header.Extends is null).Select(m => m.Id));
                        diagnostics.Add(SpecDiagnostics.InvalidValue.Create(model.Header.Span, baseId, "'extends' of " + model.Id,
                            "a compiled spec that extends none itself (" + (known.Length == 0 ? "none is compiled" : known) + ")"));
                    }
                }
                if (extended.Header.BaseUrl is null && extended.Operations.Any(o => !o.IsWebhook))
                {
                    diagnostics.Add(SpecDiagnostics.MissingHeader.Create(model.Header.Span, model.Id, "base_url"));
                }
                result.Add(extended);
            }
            return result;
        }

        private static SpecModel Extend(SpecModel model, SpecModel @base)
        {
            var h = model.Header;
            var b = @base.Header;
            var header = h with
            {
                BaseUrl = h.BaseUrl ?? b.BaseUrl,
                StripPrefix = h.StripPrefix ?? b.StripPrefix,
                Auth = h.Auth ?? b.Auth,
                ResponseFormat = h.ResponseFormat ?? b.ResponseFormat,
                MethodOverride = h.MethodOverride ?? b.MethodOverride,
            };
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in model.Schemas) names.Add(s.Name);
            foreach (var u in model.Unions) names.Add(u.Name);
            foreach (var e in model.Enums) names.Add(e.Name);
            foreach (var t in model.CodeTables) names.Add(t.Name);
            foreach (var l in model.Lookups) names.Add(l.Name);
            var enums = model.Enums.Concat(@base.Enums.Where(e => !names.Contains(e.Name)));
            var tables = model.CodeTables.Concat(@base.CodeTables.Where(t => !names.Contains(t.Name)));
            return model with { Header = header, Enums = EquatableArray.From(enums), CodeTables = EquatableArray.From(tables) };
        }
    }
}
