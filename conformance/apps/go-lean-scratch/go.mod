module github.com/acme/clock

go 1.19
