namespace SpecGen.Cli.OpenApi
{
    /// <summary>
    /// Something in an OpenAPI document the spec language cannot say. It is kept as a <c>note:</c> on the nearest
    /// element of the written spec and reported with the JSON pointer of where it was found.
    /// </summary>
    /// <param name="Pointer">JSON pointer into the OpenAPI document, e.g. <c>#/components/schemas/NewMessage/properties/vcard/format</c>.</param>
    /// <param name="Construct">A short stable name of the construct (<c>format</c>, <c>example</c>, <c>x-extension</c> ...), for summaries.</param>
    /// <param name="Message">What was met and where it went.</param>
    public sealed record ImportWarning(string Pointer, string Construct, string Message)
    {
        /// <inheritdoc />
        public override string ToString() => Pointer + ": warning: " + Message;
    }
}
