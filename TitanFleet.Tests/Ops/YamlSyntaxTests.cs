namespace TitanFleet.Tests.Ops;

public sealed class YamlSyntaxTests
{
    public static TheoryData<string> YamlFilesInRepository => new(YamlFiles.All());

    [Theory]
    [MemberData(nameof(YamlFilesInRepository))]
    public void LoadDocuments_DeploymentYamlFile_ParsesIntoAtLeastOneDocument(string file)
    {
        var documents = YamlFiles.LoadDocuments(file);

        Assert.NotEmpty(documents);
    }
}
