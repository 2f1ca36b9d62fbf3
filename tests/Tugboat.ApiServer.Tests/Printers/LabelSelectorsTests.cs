using Tugboat.Api.Meta;
using Tugboat.ApiServer.Printers;

namespace Tugboat.ApiServer.Tests.Printers;

public class LabelSelectorsTests
{
    private static LabelSelectorRequirement Req(string key, string op, params string[] values) =>
        new() { Key = key, Operator = op, Values = values.Length == 0 ? null : [.. values] };

    [Fact]
    public void Nil_and_empty_selectors()
    {
        LabelSelectors.ToSelectorString(null).ShouldBe("");
        LabelSelectors.ToSelectorString(new LabelSelector()).ShouldBe("");
        LabelSelectors.Format(null).ShouldBe("<none>");
        LabelSelectors.Format(new LabelSelector { MatchLabels = [] }).ShouldBe("<none>");
    }

    [Fact]
    public void Requirements_are_sorted_by_key_and_values_sorted()
    {
        var selector = new LabelSelector
        {
            MatchLabels = new() { ["tier"] = "web", ["app"] = "shop" },
            MatchExpressions =
            [
                Req("env", "NotIn", "qa", "dev"),
                Req("zone", "In", "b", "a"),
                Req("gpu", "Exists"),
                Req("legacy", "DoesNotExist"),
            ],
        };
        LabelSelectors.Format(selector).ShouldBe("app=shop,env notin (dev,qa),gpu,!legacy,tier=web,zone in (a,b)");
    }

    [Theory]
    [InlineData("app", "Gt", "1")]
    [InlineData("app", "In")]
    [InlineData("app", "Exists", "x")]
    [InlineData("bad key!", "Exists")]
    public void Invalid_selectors(string key, string op, params string[] values)
    {
        var selector = new LabelSelector { MatchExpressions = [Req(key, op, values)] };
        LabelSelectors.ToSelectorString(selector).ShouldBeNull();
        LabelSelectors.Format(selector).ShouldBe("<error>");
    }

    [Fact]
    public void Invalid_label_value()
    {
        LabelSelectors.Format(new LabelSelector { MatchLabels = new() { ["app"] = "has space" } }).ShouldBe("<error>");
        LabelSelectors.Format(new LabelSelector { MatchLabels = new() { ["app"] = "" } }).ShouldBe("app=");
    }
}
