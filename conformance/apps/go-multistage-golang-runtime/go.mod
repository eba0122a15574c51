module github.com/acme/shorturl

go 1.19
