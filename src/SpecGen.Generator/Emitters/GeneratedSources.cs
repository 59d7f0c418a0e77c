using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// The generator's output for one spec, outside a compilation: the CLI's <c>emit</c> and the
    /// staleness test use it, so their files are byte-identical to what a build generates.
    /// </summary>
    public static class GeneratedSources
    {
        /// <summary>Hint name → C# text for every file the generator emits for <paramref name="model"/>.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Emit(SpecModel model, string? rootNamespace = null) => SpecEmitter.Emit(model, rootNamespace);

        /// <summary>As <see cref="Emit(SpecModel, string?)"/>, stopping with <see cref="System.OperationCanceledException"/> once <paramref name="cancellationToken"/> is cancelled.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Emit(SpecModel model, string? rootNamespace, System.Threading.CancellationToken cancellationToken) => SpecEmitter.Emit(model, rootNamespace, false, cancellationToken);
    }
}
