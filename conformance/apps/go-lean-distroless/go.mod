module github.com/acme/echoip

go 1.19
