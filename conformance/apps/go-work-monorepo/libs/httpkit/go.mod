module github.com/acme/platform/libs/httpkit

go 1.19
