using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>The file store (metadata), where the bytes live (PostgreSQL by default), and the upload size limit.</summary>
    public static IServiceCollection AddFleetFiles(this IServiceCollection services)
    {
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FilesOptions>, FilesOptionsValidator>();
        services.AddSingleton<IFileContentStore, PostgresFileContentStore>();
        services.AddSingleton<PostgresFileStore>();
        return services;
    }
}
