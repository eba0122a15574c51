// webhook-relay: accepts webhooks, remembers the last ones per source and shows them.
package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

type event struct {
	Source   string    `json:"source"`
	Received time.Time `json:"received"`
	Bytes    int       `json:"bytes"`
}

func main() {
	var mu sync.Mutex
	var last []event
	http.HandleFunc("/hooks/", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		mu.Lock()
		last = append(last, event{strings.TrimPrefix(r.URL.Path, "/hooks/"), time.Now().UTC(), len(body)})
		if len(last) > 100 {
			last = last[1:]
		}
		mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	})
	http.HandleFunc("/events", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		_ = json.NewEncoder(w).Encode(last)
	})
	http.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "pong\n") })
	port := os.Getenv("PORT")
	if port == "" {
		port = "5000"
	}
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
