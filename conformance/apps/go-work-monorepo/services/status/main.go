// status serves the platform's component status page data.
package main

import (
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/acme/platform/libs/httpkit"
)

type component struct {
	Name      string    `json:"name"`
	State     string    `json:"state"`
	UpdatedAt time.Time `json:"updated_at"`
}

type board struct {
	mu         sync.RWMutex
	components map[string]component
}

func (b *board) list(w http.ResponseWriter, _ *http.Request) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	out := make([]component, 0, len(b.components))
	for _, c := range b.components {
		out = append(out, c)
	}
	httpkit.JSON(w, http.StatusOK, map[string]any{"components": out})
}

func main() {
	started := time.Now()
	b := &board{components: map[string]component{
		"api":   {Name: "api", State: "operational", UpdatedAt: started},
		"queue": {Name: "queue", State: "operational", UpdatedAt: started},
	}}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/components", b.list)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		httpkit.JSON(w, http.StatusOK, map[string]string{"status": "ok", "uptime": time.Since(started).Round(time.Second).String()})
	})
	addr := ":" + getenv("STATUS_PORT", "7070")
	log.Printf("status listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, httpkit.Logged(mux)))
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
