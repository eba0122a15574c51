module github.com/acme/inventory

go 1.19

require github.com/kitlabs/healthz v0.4.2
