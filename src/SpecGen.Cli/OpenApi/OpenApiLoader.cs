using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>Reads an OpenAPI 3.0/3.1 document (JSON or YAML) with Microsoft.OpenApi.</summary>
    public static class OpenApiLoader
    {
        /// <summary>Reader settings with the YAML reader registered (3.x reads only JSON on its own).</summary>
        public static OpenApiReaderSettings Settings()
        {
            var settings = new OpenApiReaderSettings();
            settings.AddYamlReader();
            return settings;
        }

        /// <summary>The document and the reader's errors (an empty list when it read cleanly).</summary>
        public static (OpenApiDocument? Document, IReadOnlyList<string> Errors) Load(string path)
        {
            var result = Task.Run(() => OpenApiDocument.LoadAsync(path, Settings())).GetAwaiter().GetResult();
            var errors = result.Diagnostic?.Errors.Select(e => e.Pointer + ": " + e.Message).ToList() ?? new List<string>();
            return (result.Document, errors);
        }

        /// <summary>Reads a document from text in the given format (<c>json</c> or <c>yaml</c>).</summary>
        public static (OpenApiDocument? Document, IReadOnlyList<string> Errors) Parse(string text, string format)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            var result = OpenApiDocument.Load(stream, format, Settings());
            var errors = result.Diagnostic?.Errors.Select(e => e.Pointer + ": " + e.Message).ToList() ?? new List<string>();
            return (result.Document, errors);
        }
    }
}
