using System.Text.Json;
using SpecGen.Runtime.Validation;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>One call as a generated client method hands it to <see cref="GatewayTransport"/>.</summary>
public sealed class GatewayCall
{
    /// <summary>Creates a call.</summary>
    /// <param name="operation">The endpoint.</param>
    /// <param name="path">The path under the base URL, path parameters filled in.</param>
    /// <param name="validation">The request's own validation; an invalid request is not sent.</param>
    public GatewayCall(OperationInfo operation, string path, ValidationResult validation)
    {
        Operation = operation ?? throw new ArgumentNullException(nameof(operation));
        Path = path ?? string.Empty;
        Validation = validation;
    }

    /// <summary>The endpoint.</summary>
    public OperationInfo Operation { get; }

    /// <summary>The path under the base URL.</summary>
    public string Path { get; }

    /// <summary>The request's validation.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Writes the parameters (form body or query string; credentials excluded).</summary>
    public Action<FormWriter>? Form { get; init; }

    /// <summary>Writes the JSON body object (credentials excluded).</summary>
    public Action<Utf8JsonWriter>? Json { get; init; }

    /// <summary>True when the request sets the response-format parameter itself.</summary>
    public bool FormatParameterSet { get; init; }
}
