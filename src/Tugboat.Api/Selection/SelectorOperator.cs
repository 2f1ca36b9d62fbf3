namespace Tugboat.Api.Selection;

/// <summary>selection.Operator: how a key (label or field) relates to its values.</summary>
public enum SelectorOperator
{
    /// <summary>"!": the key is absent.</summary>
    DoesNotExist,
    /// <summary>"=".</summary>
    Equals,
    /// <summary>"==".</summary>
    DoubleEquals,
    /// <summary>"in".</summary>
    In,
    /// <summary>"!=".</summary>
    NotEquals,
    /// <summary>"notin".</summary>
    NotIn,
    /// <summary>"exists": the key is present.</summary>
    Exists,
    /// <summary>"gt": the value, as an integer, is greater.</summary>
    GreaterThan,
    /// <summary>"lt": the value, as an integer, is smaller.</summary>
    LessThan,
}

public static class SelectorOperatorExtensions
{
    /// <summary>The selection.Operator string ("!", "=", "==", "in", "!=", "notin", "exists", "gt", "lt").</summary>
    public static string ToOperatorString(this SelectorOperator op) => op switch
    {
        SelectorOperator.DoesNotExist => "!",
        SelectorOperator.Equals => "=",
        SelectorOperator.DoubleEquals => "==",
        SelectorOperator.In => "in",
        SelectorOperator.NotEquals => "!=",
        SelectorOperator.NotIn => "notin",
        SelectorOperator.Exists => "exists",
        SelectorOperator.GreaterThan => "gt",
        SelectorOperator.LessThan => "lt",
        _ => op.ToString(),
    };
}
