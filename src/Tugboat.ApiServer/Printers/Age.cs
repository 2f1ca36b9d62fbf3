namespace Tugboat.ApiServer.Printers;

/// <summary>Human durations as kubectl prints them (k8s.io/apimachinery duration.HumanDuration): 5s, 3m20s, 2d4h, 3y45d.</summary>
public static class Age
{
    /// <summary>"&lt;unknown&gt;" for a missing or zero (0001-01-01) time, like translateTimestampSince.</summary>
    public static string Since(DateTimeOffset? time, DateTimeOffset now) =>
        time is null || time.Value == default ? "<unknown>" : Human(now - time.Value);

    public static string Human(TimeSpan d)
    {
        var seconds = (long)d.TotalSeconds; // truncates toward zero, like Go's int(d.Seconds())
        if (seconds < -1) return "<invalid>";
        if (seconds < 0) return "0s";
        if (seconds < 60 * 2) return $"{seconds}s";
        var minutes = (long)d.TotalMinutes;
        if (minutes < 10) { var s = seconds % 60; return s == 0 ? $"{minutes}m" : $"{minutes}m{s}s"; }
        if (minutes < 60 * 3) return $"{minutes}m";
        var hours = (long)d.TotalHours;
        if (hours < 8) { var m = minutes % 60; return m == 0 ? $"{hours}h" : $"{hours}h{m}m"; }
        if (hours < 48) return $"{hours}h";
        if (hours < 24 * 8) { var h = hours % 24; return h == 0 ? $"{hours / 24}d" : $"{hours / 24}d{h}h"; }
        if (hours < 24 * 365 * 2) return $"{hours / 24}d";
        if (hours < 24 * 365 * 8) { var dy = hours / 24 % 365; return dy == 0 ? $"{hours / 24 / 365}y" : $"{hours / 24 / 365}y{dy}d"; }
        return $"{hours / 24 / 365}y";
    }
}
