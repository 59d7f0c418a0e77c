namespace SpecGen.Spec.Locking
{
    /// <summary>The opt-in lock file that records each spec's public surface (written by <c>specgen lock</c>).</summary>
    public static class LockFile
    {
        /// <summary>The file name the generator looks for among its AdditionalFiles.</summary>
        public const string FileName = "specgen.lock.json";
    }
}
