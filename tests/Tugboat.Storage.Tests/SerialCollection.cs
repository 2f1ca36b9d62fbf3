namespace Tugboat.Storage.Tests;

/// <summary>Tests that time things or spawn processes run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
