module github.com/acme/platform/services/status

go 1.19

require github.com/acme/platform/libs/httpkit v0.0.0-00010101000000-000000000000
