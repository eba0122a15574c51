package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .NET template, tested as text only: it follows the official images' layout (sdk builds; aspnet, runtime or
 * runtime-deps runs as the images' app user, uid 1654) and is NOT verified on an engine here (no .NET SDK image can be
 * had on the testbed). Round-trip and idempotence are checked by RewriteTester.
 */
class DotnetTemplateRewriteTest {

    private static final String WEB_PROJECT = """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """;

    private static String changes(RewriteTester tester) {
        return String.join("\n", tester.last().changes().stream().map(Change::summary).toList());
    }

    @Test
    void aWebApiPublishedInTheSdkImageRunsOnAspnetAsTheAppUser() {
        RewriteTester tester = optimizer().file("Orders.Api.csproj", WEB_PROJECT).file("Program.cs", "// app\n")
                .file("nuget.config", "<configuration />\n");
        tester.rewriteRun("""
                FROM mcr.microsoft.com/dotnet/sdk:8.0
                WORKDIR /src
                COPY . .
                RUN dotnet restore Orders.Api.csproj
                RUN dotnet publish Orders.Api.csproj -c Release -o /app/out
                WORKDIR /app/out
                ENV ASPNETCORE_HTTP_PORTS=5000
                EXPOSE 5000
                ENTRYPOINT ["dotnet", "Orders.Api.dll"]
                """, """
                FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                WORKDIR /src
                COPY Orders.Api.csproj ./
                COPY nuget.config ./
                RUN dotnet restore Orders.Api.csproj
                COPY . .
                RUN dotnet publish Orders.Api.csproj -c Release -o /app/out

                FROM mcr.microsoft.com/dotnet/aspnet:8.0
                ENV ASPNETCORE_HTTP_PORTS=5000
                WORKDIR /app/out
                COPY --from=build /app/out .
                EXPOSE 5000
                USER 1654
                ENTRYPOINT ["dotnet", "Orders.Api.dll"]
                """);
        assertThat(tester.last().template()).contains("dotnet");
        assertThat(changes(tester)).contains("template NOT verified here", "Non-root uid 1654 (the images' app user)",
                "no HEALTHCHECK: mcr.microsoft.com/dotnet/aspnet:8.0 has no curl or wget");
    }

    @Test
    void aSelfContainedPublishRunsOnRuntimeDepsAndRestoresForItsRuntime() {
        optimizer().file("src/Worker/Worker.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Worker\">\n</Project>\n")
                .file("Worker.sln", "Microsoft Visual Studio Solution File\n")
                .rewriteRun("""
                        FROM mcr.microsoft.com/dotnet/sdk:8.0
                        WORKDIR /source
                        COPY . .
                        RUN dotnet publish src/Worker/Worker.csproj -c Release -r linux-x64 --self-contained -o /app
                        WORKDIR /app
                        ENTRYPOINT ["./Worker"]
                        """, """
                        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                        WORKDIR /source
                        COPY Worker.sln ./
                        COPY src/Worker/Worker.csproj src/Worker/
                        RUN dotnet restore src/Worker/Worker.csproj -r linux-x64
                        COPY . .
                        RUN dotnet publish src/Worker/Worker.csproj -c Release -r linux-x64 --self-contained -o /app

                        FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
                        WORKDIR /app
                        COPY --from=build /app .
                        USER 1654
                        ENTRYPOINT ["./Worker"]
                        """);
    }
}
