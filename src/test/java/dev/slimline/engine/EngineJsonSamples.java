package dev.slimline.engine;

/** Output captured from the 20.10 engine on the testbed (trimmed), so parsing tests read what Docker prints. */
final class EngineJsonSamples {

    static final String IMAGE_INSPECT = """
            [
                {
                    "Id": "sha256:ab74e6248a3cd44d57d0bed40a65e84df310a39f54a094d92633cb5ea74850ee",
                    "RepoTags": ["slimline-probe:2"],
                    "RepoDigests": [],
                    "Parent": "",
                    "Comment": "buildkit.dockerfile.v0",
                    "ContainerConfig": {"User": "", "Env": null, "Cmd": null, "Labels": null},
                    "Config": {
                        "Hostname": "",
                        "User": "1000:1000",
                        "ExposedPorts": {"8080/tcp": {}},
                        "Env": [
                            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                            "A=b"
                        ],
                        "Cmd": ["/x"],
                        "Healthcheck": {"Test": ["CMD", "/x"], "Interval": 5000000000},
                        "Image": "",
                        "Volumes": {"/data": {}},
                        "WorkingDir": "",
                        "Entrypoint": null,
                        "OnBuild": null,
                        "Labels": {"dev.slimline.probe": "1"},
                        "StopSignal": "SIGTERM"
                    },
                    "Architecture": "amd64",
                    "Os": "linux",
                    "Size": 1003,
                    "VirtualSize": 1003,
                    "GraphDriver": {"Name": "overlay2"},
                    "RootFS": {
                        "Type": "layers",
                        "Layers": [
                            "sha256:c953dce9302d1232321151cb8f91d8fe23a3ffb5795b63dd08379ec1847a71c8",
                            "sha256:a5d241ad37803e8707bb2f47cad443cfbc502300dabf8e43d760fc540cf69e7b"
                        ]
                    }
                }
            ]
            """;

    /** Newest first, as {@code docker history --no-trunc --human=false --format '{{json .}}'} prints it. */
    static final String HISTORY = """
            {"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-11-26T15:36:08Z","CreatedBy":"USER 1000:1000","ID":"sha256:ab74","Size":"0"}
            {"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-11-26T15:36:08Z","CreatedBy":"COPY f /f # buildkit","ID":"\\u003cmissing\\u003e","Size":"1000000123"}
            {"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-11-26T15:36:08Z","CreatedBy":"ENV A=b","ID":"\\u003cmissing\\u003e","Size":"0"}
            {"Comment":"Imported from -","CreatedAt":"2026-11-26T15:36:07Z","CreatedBy":"","ID":"\\u003cmissing\\u003e","Size":"3"}
            """;

    static final String CONTAINER_INSPECT = """
            [{
              "Id": "da9eb3ab",
              "Name": "/peaceful_goldstine",
              "State": {"Status": "running", "Running": true, "Paused": false, "ExitCode": 0, "Pid": 4242,
                        "Health": {"Status": "healthy", "FailingStreak": 0, "Log": []}},
              "Config": {"User": "1000", "Labels": {"a": "b"}},
              "NetworkSettings": {"Ports": {
                  "8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "49153"}],
                  "9999/tcp": null}}
            }]
            """;

    private EngineJsonSamples() {
    }
}
