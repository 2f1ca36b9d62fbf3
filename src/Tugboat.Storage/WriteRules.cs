namespace Tugboat.Storage;

/// <summary>What a write requires of the key's current state, and the change it makes: shared by every store.</summary>
internal static class WriteRules
{
    /// <summary>The error that refuses the write, or null when <paramref name="current"/> allows it.</summary>
    public static StoreException? Check(WriteKind kind, string key, KeyValue? current, long expectedModRevision)
    {
        if (kind == WriteKind.Create)
        {
            return current is null ? null : new KeyExistsException(key);
        }
        if (current is null)
        {
            return new KeyNotFoundStoreException(key);
        }
        if (expectedModRevision != 0 && current.ModRevision != expectedModRevision)
        {
            return new RevisionConflictException(key, expectedModRevision, current.ModRevision);
        }
        return null;
    }

    /// <summary>The change an allowed write makes at <paramref name="revision"/>.</summary>
    public static WatchEvent Apply(WriteKind kind, string key, byte[] value, KeyValue? current, long revision) => kind switch
    {
        WriteKind.Create => new WatchEvent(WatchEventType.Put, new KeyValue(key, value, revision, revision), null),
        WriteKind.Update => new WatchEvent(WatchEventType.Put, new KeyValue(key, value, current!.CreateRevision, revision), current),
        _ => new WatchEvent(WatchEventType.Delete, current! with { ModRevision = revision }, current),
    };
}
