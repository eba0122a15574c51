module github.com/acme/packd

go 1.19
