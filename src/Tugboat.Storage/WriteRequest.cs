namespace Tugboat.Storage;

/// <summary>A write waiting for the writer loop; its task completes only once the write is committed to disk.</summary>
internal sealed class WriteRequest(WriteKind kind, string key, byte[] value, long expectedModRevision, CancellationToken cancellation)
    : TaskCompletionSource<KeyValue>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public WriteKind Kind { get; } = kind;
    public string Key { get; } = key;
    public byte[] Value { get; } = value;
    public long ExpectedModRevision { get; } = expectedModRevision;
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The outcome decided while building the batch, delivered after the commit.</summary>
    public KeyValue? Result { get; set; }
    public Exception? Error { get; set; }
}
