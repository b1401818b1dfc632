# syntax=docker/dockerfile:1
# Titan Fleet silo image: build with the .NET SDK, run on the smaller ASP.NET Core runtime.
# Build from the repository root:  docker build -t titanfleet-silo .

# The live map page (web/, as scripts/build-web.sh builds it): the lock file's exact packages,
# bundled into /web/dist, which the build stage publishes as the silo's wwwroot.
FROM node:22-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build -- --outdir dist

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Project and props files first: the restore layer is rebuilt only when a dependency changes,
# not on every source edit.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY TitanFleet.Grains/TitanFleet.Grains.csproj TitanFleet.Grains/
COPY TitanFleet.Api/TitanFleet.Api.csproj TitanFleet.Api/
COPY TitanFleet.Silo/TitanFleet.Silo.csproj TitanFleet.Silo/
RUN dotnet restore TitanFleet.Silo/TitanFleet.Silo.csproj

COPY . .
COPY --from=web /web/dist TitanFleet.Silo/wwwroot/
RUN dotnet publish TitanFleet.Silo/TitanFleet.Silo.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# The ASP.NET Core image ships neither curl nor wget; the HEALTHCHECK below needs one of them.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app .

# Urls replaces the image's ASPNETCORE_HTTP_PORTS (cleared so ASP.NET Core does not warn that
# one overrides the other) and wins over any Urls in appsettings.json.
ENV ASPNETCORE_HTTP_PORTS= \
    Urls=http://+:8080

# 8080: HTTP, SignalR (/hubs/fleet) and WebSockets; 11111: Orleans silo-to-silo. No Orleans
# gateway: the API runs in the silo, so none is opened unless Orleans__GatewayPort is set.
EXPOSE 8080 11111

HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:8080/api/live || exit 1

# APP_UID (1654) is the image's unprivileged "app" user; numeric so Kubernetes can verify
# runAsNonRoot.
USER $APP_UID

ENTRYPOINT ["dotnet", "TitanFleet.Silo.dll"]
