namespace TitanFleet.Tests.Ops;

public sealed class RbacTests
{
    [Fact]
    public void RoleBinding_RoleRef_NamesTheRole()
    {
        var binding = KubernetesBase.Single("RoleBinding");

        Assert.Equal("Role", binding.Text("roleRef", "kind"));
        Assert.Equal(KubernetesBase.Single("Role").Text("metadata", "name"), binding.Text("roleRef", "name"));
    }

    [Fact]
    public void RoleBinding_Subjects_IncludeDeploymentServiceAccount()
    {
        var account = KubernetesBase.Deployment.Text("spec", "template", "spec", "serviceAccountName");
        var subjects = KubernetesBase.Single("RoleBinding").Items("subjects")
            .Where(subject => subject.Text("kind") == "ServiceAccount")
            .Select(subject => subject.Text("name"));

        Assert.NotNull(account);
        Assert.Contains(account, subjects);
        Assert.Contains(account, KubernetesBase.Resources.Where(resource => resource.Kind == "ServiceAccount").Select(resource => resource.Name));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("watch")]
    [InlineData("list")]
    [InlineData("patch")]
    [InlineData("delete")]
    public void Role_PodRules_GrantVerbKubernetesHostingNeeds(string verb)
    {
        var podVerbs = KubernetesBase.Single("Role").Items("rules")
            .Where(rule => rule.TextOrList("resources").Contains("pods") && rule.TextOrList("apiGroups").Contains(""))
            .SelectMany(rule => rule.TextOrList("verbs"));

        Assert.Contains(verb, podVerbs);
    }
}
