// Package web serves the embedded dashboard and the JSON API.
package web

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"

	"github.com/acme/inventory/internal/store"
)

//go:embed static
var static embed.FS

func Routes(s *store.Store) *http.ServeMux {
	mux := http.NewServeMux()
	sub, _ := fs.Sub(static, "static")
	mux.Handle("/", http.FileServer(http.FS(sub)))
	mux.HandleFunc("/api/items", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(s.All())
	})
	return mux
}
