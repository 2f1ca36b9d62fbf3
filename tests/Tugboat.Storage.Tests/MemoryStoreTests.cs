namespace Tugboat.Storage.Tests;

public sealed class MemoryStoreTests : StoreContractTests
{
    protected override IStore NewStore(int watchChannelCapacity = 10_000) => new MemoryStore(watchChannelCapacity);
}
