// Package healthz serves liveness and readiness endpoints from a set of named checks.
package healthz

import (
	"encoding/json"
	"net/http"
	"sync"
)

// Check reports nil when the dependency it watches is healthy.
type Check func() error

// Handler runs every registered check on each request.
type Handler struct {
	mu     sync.RWMutex
	checks map[string]Check
}

// New returns a handler without checks (always healthy).
func New() *Handler { return &Handler{checks: map[string]Check{}} }

// Add registers a named check.
func (h *Handler) Add(name string, c Check) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.checks[name] = c
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	status := http.StatusOK
	out := map[string]string{}
	for name, c := range h.checks {
		if err := c(); err != nil {
			status = http.StatusServiceUnavailable
			out[name] = err.Error()
		} else {
			out[name] = "ok"
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(out)
}
