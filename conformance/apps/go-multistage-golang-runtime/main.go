// shorturl: an in-memory URL shortener.
package main

import (
	"crypto/sha1"
	"encoding/hex"
	"log"
	"net/http"
	"strings"
	"sync"
)

func main() {
	var mu sync.RWMutex
	links := map[string]string{}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
	http.HandleFunc("/shorten", func(w http.ResponseWriter, r *http.Request) {
		u := r.FormValue("url")
		if u == "" {
			http.Error(w, "url is required", http.StatusBadRequest)
			return
		}
		sum := sha1.Sum([]byte(u))
		id := hex.EncodeToString(sum[:])[:7]
		mu.Lock()
		links[id] = u
		mu.Unlock()
		_, _ = w.Write([]byte("/s/" + id + "\n"))
	})
	http.HandleFunc("/s/", func(w http.ResponseWriter, r *http.Request) {
		mu.RLock()
		u, ok := links[strings.TrimPrefix(r.URL.Path, "/s/")]
		mu.RUnlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, u, http.StatusFound)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
