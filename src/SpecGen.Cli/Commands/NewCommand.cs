using System.Text.RegularExpressions;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen new &lt;provider&gt; &lt;version&gt;</c>: scaffolds a small valid spec to start your own gateway from.</summary>
    internal static class NewCommand
    {
        private static readonly Regex ValidName = new Regex("^[a-z][a-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant);

        public static int Run(string provider, string version, string outDir, TextWriter stdout, TextWriter stderr)
        {
            if (!ValidName.IsMatch(provider) || !ValidName.IsMatch(version))
                return Program.Fail(stderr, "'" + provider + "/" + version + "' is not a valid provider/version: use lower-case letters, digits, '_' or '-', starting with a letter");
            var dir = Path.Combine(outDir, provider, version);
            var path = Path.Combine(dir, "api.yaml");
            if (File.Exists(path)) return Program.Fail(stderr, path + " already exists; not overwritten");
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, Template(provider, version));
            var compilation = SpecDirectory.Compile(dir);
            foreach (var d in compilation.Diagnostics) stderr.WriteLine(d.ToString());
            stdout.WriteLine("wrote " + SpecDirectory.Display(path) + "; edit it, then run 'specgen check " + SpecDirectory.Display(dir) + "'");
            return compilation.HasErrors ? 1 : 0;
        }

        private static string Template(string provider, string version) =>
$@"# A spec for your own gateway (the language: spec/README.md). Replace the example operation with yours.
spec: 1
provider: {provider}
version: {version}
title: {provider} API {version}
document: your-api-documentation   # the document this spec transcribes (a file name or URL)
base_url: https://api.example.com/{version}
auth:
  scheme: bearer
  header: Authorization

operations:
  send_sms:
    kind: endpoint
    summary: Send an SMS
    source: your API documentation, section ""Send SMS""
    method: POST
    path: /sms
    encoding: json
    body: SendSmsRequest
    responses:
      - outcome: success
        status: 200
        body: SendSmsResult
      - outcome: error
        status: [400, 401]
        body: ErrorResponse

schemas:
  SendSmsRequest:
    fields:
      to:
        type: phone
        required: true
        description: Receiver, digits with country code.
      text:
        type: string
        required: true
        rules:
          - length: {{ min: 1, max: 1600 }}
  SendSmsResult:
    fields:
      id: {{ type: string, required: true }}
  ErrorResponse:
    fields:
      message: {{ type: string }}
";
    }
}
