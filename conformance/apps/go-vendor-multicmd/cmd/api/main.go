package main

import (
	"log"
	"net/http"
	"os"

	"github.com/acme/inventory/internal/store"
	"github.com/acme/inventory/internal/web"
	"github.com/kitlabs/healthz"
)

func main() {
	s := store.New()
	store.Seed(s)
	mux := web.Routes(s)
	h := healthz.New()
	h.Add("store", func() error { return nil })
	mux.Handle("/healthz", h)
	addr := ":" + getenv("PORT", "8080")
	log.Printf("inventory api on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
