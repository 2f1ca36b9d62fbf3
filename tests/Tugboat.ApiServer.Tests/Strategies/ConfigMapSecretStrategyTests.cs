using System.Text;
using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class ConfigMapSecretStrategyTests
{
    private readonly ConfigMapStrategy _configMaps = new();
    private readonly SecretStrategy _secrets = new();

    [Fact]
    public void Config_map_keys_are_checked()
    {
        var cm = new ConfigMap { Metadata = new() { Name = "cfg" }, Data = new() { ["bad key"] = "x", ["both"] = "y" }, BinaryData = new() { ["both"] = [1] } };
        CreateErrors(_configMaps, cm).ShouldBe([
            "data[bad key]: Invalid value: \"bad key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
            "data[both]: Invalid value: \"both\": duplicate of key present in binaryData",
        ]);
    }

    [Fact]
    public void Config_maps_are_limited_to_one_mebibyte()
    {
        var cm = new ConfigMap { Metadata = new() { Name = "big" }, Data = new() { ["a"] = new string('x', 1024 * 1024 + 1) } };
        CreateErrors(_configMaps, cm).ShouldBe([": Too long: may not be more than 1048576 bytes"]);
    }

    [Fact]
    public void Immutable_config_maps_keep_their_data()
    {
        var stored = Created(_configMaps, new ConfigMap { Metadata = new() { Name = "cfg" }, Immutable = true, Data = new() { ["a"] = "1" } });
        var changed = Copy(stored);
        changed.Data!["a"] = "2";
        UpdateErrors(_configMaps, stored, changed).ShouldBe(["data: Forbidden: field is immutable when `immutable` is set"]);
        var unfrozen = Copy(stored);
        unfrozen.Immutable = false;
        UpdateErrors(_configMaps, stored, unfrozen).ShouldBe(["immutable: Forbidden: field is immutable when `immutable` is set"]);
        var labeled = Copy(stored);
        labeled.Metadata.Labels = new() { ["a"] = "b" };
        UpdateErrors(_configMaps, stored, labeled).ShouldBeEmpty();
    }

    [Fact]
    public void Secrets_default_to_opaque_and_merge_string_data()
    {
        var secret = Created(_secrets, new Secret { Metadata = new() { Name = "s" }, Data = new() { ["a"] = [1] }, StringData = new() { ["password"] = "hunter2" } });
        secret.Type.ShouldBe("Opaque");
        secret.StringData.ShouldBeNull();
        Encoding.UTF8.GetString(secret.Data!["password"]).ShouldBe("hunter2");
        secret.Data.ShouldContainKey("a");
    }

    [Fact]
    public void Secret_types_need_their_keys()
    {
        CreateErrors(_secrets, new Secret { Metadata = new() { Name = "t" }, Type = "kubernetes.io/tls", StringData = new() { ["tls.crt"] = "c" } })
            .ShouldBe(["data[tls.key]: Required value"]);
        CreateErrors(_secrets, new Secret { Metadata = new() { Name = "b" }, Type = "kubernetes.io/basic-auth" })
            .ShouldBe(["data[username]: Required value", "data[password]: Required value"]);
        CreateErrors(_secrets, new Secret { Metadata = new() { Name = "d" }, Type = "kubernetes.io/dockerconfigjson", StringData = new() { [".dockerconfigjson"] = "xyz" } })
            .ShouldBe(["data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\": invalid character 'x' looking for beginning of value"]);
        CreateErrors(_secrets, new Secret { Metadata = new() { Name = "sa" }, Type = "kubernetes.io/service-account-token" })
            .ShouldBe(["metadata.annotations[kubernetes.io/service-account.name]: Required value"]);
    }

    [Fact]
    public void Secret_types_are_immutable_and_frozen_data_too()
    {
        var stored = Created(_secrets, new Secret { Metadata = new() { Name = "s" }, Immutable = true, StringData = new() { ["a"] = "1" } });
        var changed = Copy(stored);
        changed.Type = "example.com/custom";
        changed.StringData = new() { ["a"] = "2" };
        UpdateErrors(_secrets, stored, changed).ShouldBe([
            "type: Invalid value: \"example.com/custom\": field is immutable",
            "data: Forbidden: field is immutable when `immutable` is set",
        ]);
    }

    [Fact]
    public void Service_accounts_check_their_names()
    {
        CreateErrors(new ServiceAccountStrategy(), new ServiceAccount { Metadata = new() { Name = "Build_Robot" } })
            .ShouldBe(["metadata.name: Invalid value: \"Build_Robot\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"]);
    }
}
