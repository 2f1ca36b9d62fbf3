namespace Tugboat.ApiServer.Caching;

/// <summary>A monotonically advancing revision that callers can await.</summary>
public sealed class RevisionWaiter
{
    private readonly Lock _lock = new();
    private readonly List<(long Revision, TaskCompletionSource Done)> _waiting = [];
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Advance(long revision)
    {
        List<TaskCompletionSource>? ready = null;
        lock (_lock)
        {
            if (revision <= _current) return;
            Interlocked.Exchange(ref _current, revision);
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Revision > revision) continue;
                (ready ??= []).Add(_waiting[i].Done);
                _waiting.RemoveAt(i);
            }
        }
        if (ready is not null) foreach (var done in ready) done.TrySetResult();
    }

    public Task WaitForAsync(long revision, CancellationToken ct)
    {
        if (Current >= revision) return Task.CompletedTask;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_current >= revision) return Task.CompletedTask;
            _waiting.Add((revision, done));
        }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
    }
}
