namespace Tugboat.Api.Batch.V1;

/// <summary>The root kinds of batch/v1.</summary>
public static class BatchV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Job),
        typeof(CronJob),
    ];
}
