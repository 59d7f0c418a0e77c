using Microsoft.Extensions.Options;
using SpecGen.Runtime.Http;

namespace SpecGen.Extensions;

/// <summary>
/// Start-up checks of one client's options (run by <c>ValidateOnStart</c>): credentials present when the spec
/// has an auth scheme, an absolute base address, a positive timeout, sane limits. Messages name settings, never
/// credential values.
/// </summary>
internal sealed class GatewayClientOptionsValidator : IValidateOptions<GatewayClientOptions>
{
    private readonly string _name;
    private readonly IReadOnlyList<string> _credentialKeys;
    private readonly string? _section;

    public GatewayClientOptionsValidator(string name, IReadOnlyList<string> credentialKeys, string? section)
    {
        _name = name;
        _credentialKeys = credentialKeys;
        _section = section;
    }

    public string Name => _name;

    public ValidateOptionsResult Validate(string? name, GatewayClientOptions options)
    {
        if (!string.Equals(name, _name, StringComparison.Ordinal)) return ValidateOptionsResult.Skip;
        var failures = new List<string>();
        foreach (var problem in GatewayClientConfiguration.ProblemsOf(options)) failures.Add(_name + ": " + problem + ".");
        if (_credentialKeys.Count > 0 && options.Credentials is null && !IncompleteCredentials(options))
        {
            var prefix = string.IsNullOrEmpty(_section) ? string.Empty : _section + ":";
            failures.Add(_name + ": no credentials. Set " + string.Join(" and ", Prefixed(prefix)) + " (configuration, environment or user-secrets), or options.Credentials = " + _name + ".CreateCredentials(...).");
        }
        if (options.BaseAddress is { IsAbsoluteUri: false }) failures.Add(_name + ": BaseAddress must be an absolute URL.");
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan) failures.Add(_name + ": Timeout must be positive (or infinite).");
        if (options.MaxResponseBytes <= 0) failures.Add(_name + ": MaxResponseBytes must be positive.");
        if (options.Retry is { } retry && (retry.MaxRetries < 0 || retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < TimeSpan.Zero)) failures.Add(_name + ": Retry values must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IncompleteCredentials(GatewayClientOptions options)
    {
        foreach (var problem in GatewayClientConfiguration.ProblemsOf(options))
        {
            if (problem.StartsWith(GatewayClientConfiguration.IncompleteCredentials, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private IEnumerable<string> Prefixed(string prefix)
    {
        foreach (var key in _credentialKeys) yield return prefix + key;
    }
}
