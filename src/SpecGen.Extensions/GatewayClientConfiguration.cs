using System.Globalization;
using Microsoft.Extensions.Configuration;
using System.Runtime.CompilerServices;
using SpecGen.Runtime.Http;

namespace SpecGen.Extensions;

/// <summary>
/// Binds <see cref="GatewayClientOptions"/> from a configuration section by hand (no reflection: trim- and
/// AOT-safe). Keys: <c>BaseAddress</c>, <c>Timeout</c> (a TimeSpan such as <c>00:00:30</c>), <c>ResponseFormat</c>
/// (<c>Json</c>/<c>Xml</c>), <c>SendTokenInQuery</c>, <c>MaxResponseBytes</c>, <c>Retry:MaxRetries</c>,
/// <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>, and the client's credential keys. A value that cannot be read
/// fails start-up validation naming its key; a credential's value is never part of any message.
/// </summary>
public static class GatewayClientConfiguration
{
    // Problems found while binding, reported by the validator with the other checks (so start-up lists them all).
    private static readonly ConditionalWeakTable<GatewayClientOptions, List<string>> Problems = new();

    internal const string IncompleteCredentials = "credentials incomplete";

    internal static IReadOnlyList<string> ProblemsOf(GatewayClientOptions options) =>
        Problems.TryGetValue(options, out var problems) ? problems : Array.Empty<string>();

    /// <summary>Applies the section's values to <paramref name="options"/> (keys absent from the section are left alone).</summary>
    public static void Bind<TClient>(IConfiguration section, GatewayClientOptions options, GatewayClientDescriptor<TClient> client)
        where TClient : class
    {
        if (section is null) throw new ArgumentNullException(nameof(section));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (client is null) throw new ArgumentNullException(nameof(client));
        var problems = new List<string>();

        if (section["BaseAddress"] is { Length: > 0 } baseAddress)
        {
            if (Uri.TryCreate(baseAddress, UriKind.Absolute, out var uri)) options.BaseAddress = uri;
            else problems.Add(Key(section, "BaseAddress") + " is not an absolute URL");
        }
        ReadTimeSpan(section, "Timeout", problems, v => options.Timeout = v);
        if (section["ResponseFormat"] is { Length: > 0 } format)
        {
            if (Enum.TryParse<WireFormat>(format, ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(WireFormat), parsed)) options.ResponseFormat = parsed;
            else problems.Add(Key(section, "ResponseFormat") + " is not Json or Xml");
        }
        if (section["SendTokenInQuery"] is { Length: > 0 } inQuery)
        {
            if (bool.TryParse(inQuery, out var b)) options.SendTokenInQuery = b;
            else problems.Add(Key(section, "SendTokenInQuery") + " is not true or false");
        }
        if (section["MaxResponseBytes"] is { Length: > 0 } max)
        {
            if (long.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)) options.MaxResponseBytes = bytes;
            else problems.Add(Key(section, "MaxResponseBytes") + " is not a whole number of bytes");
        }
        var retry = section.GetSection("Retry");
        if (retry.Exists())
        {
            var policy = options.Retry ?? new RetryPolicy();
            if (retry["MaxRetries"] is { Length: > 0 } count)
            {
                if (int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) policy.MaxRetries = n;
                else problems.Add(Key(retry, "MaxRetries") + " is not a whole number");
            }
            ReadTimeSpan(retry, "BaseDelay", problems, v => policy.BaseDelay = v);
            ReadTimeSpan(retry, "MaxDelay", problems, v => policy.MaxDelay = v);
            options.Retry = policy;
        }
        BindCredentials(section, options, client, problems);
        if (problems.Count > 0) Problems.AddOrUpdate(options, problems);
    }

    private static void BindCredentials<TClient>(IConfiguration section, GatewayClientOptions options, GatewayClientDescriptor<TClient> client, List<string> problems)
        where TClient : class
    {
        if (client.CredentialKeys.Count == 0 || client.CreateCredentials is null) return;
        var values = new string[client.CredentialKeys.Count];
        var missing = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            var value = section[client.CredentialKeys[i]];
            if (string.IsNullOrEmpty(value)) missing.Add(Key(section, client.CredentialKeys[i]));
            else values[i] = value!;
        }
        // None configured: the Action overload or a later Configure may set them; validation says so if nobody does.
        if (missing.Count == values.Length) return;
        if (missing.Count > 0)
        {
            problems.Add(IncompleteCredentials + ": " + string.Join(", ", missing) + " not set");
            return;
        }
        options.Credentials = client.CreateCredentials(values);
    }

    private static void ReadTimeSpan(IConfiguration section, string key, List<string> problems, Action<TimeSpan> set)
    {
        if (section[key] is not { Length: > 0 } text) return;
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)) set(value);
        else problems.Add(Key(section, key) + " is not a time span (e.g. 00:00:30)");
    }

    internal static string Key(IConfiguration section, string key) =>
        section is IConfigurationSection s && s.Path.Length > 0 ? s.Path + ":" + key : key;
}
